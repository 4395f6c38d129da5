using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Articles;
using Portal.Web.Search;
using Portal.Web.Shared;

namespace Portal.Web.People;

public sealed record PersonProfile(int Id, string Slug, string Name, string? Title, string? Organisation, string? Description);

/// <summary>A person as a choice in a form's list of speakers.</summary>
public sealed record PersonChoice(string Slug, string Name);

public sealed class PersonQueries(PortalDbContext db)
{
    public Task<PersonProfile?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new PersonProfile(p.Id, p.Slug, p.Name, p.Title, p.Organisation, p.Description))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The people a form offers as speakers, by name.</summary>
    public Task<List<PersonChoice>> ChoicesAsync(CancellationToken cancellationToken) =>
        db.People.AsNoTracking().OrderBy(p => p.Name).Take(1_000).Select(p => new PersonChoice(p.Slug, p.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// People by name; with <paramref name="search"/>, those whose name has its words, the last one as the start of a
    /// word ("mike pom"), in any case (the name index of the <c>PersonSearchIndex</c> migrations).
    /// </summary>
    public async Task<PageOf<PersonProfile>> ListAsync(int page, int pageSize, CancellationToken cancellationToken, string? search = null)
    {
        var people = db.People.AsNoTracking();
        if (search is not null)
        {
            var ids = SearchTerms.From(search, prefixFrom: 1) is { } terms ? Named(terms) : db.People.Where(_ => false).Select(p => p.Id);
            people = people.Where(p => ids.Contains(p.Id));
        }
        var total = await people.CountAsync(cancellationToken);
        var items = await people
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .PageAt(page, pageSize)
            .Select(p => new PersonProfile(p.Id, p.Slug, p.Name, p.Title, p.Organisation, p.Description))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    private IQueryable<int> Named(SearchTerms terms) => db.Database.IsNpgsql()
        ? db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"People\" WHERE to_tsvector('simple', \"Name\") @@ to_tsquery('simple', {terms.ToTsQuery()})")
        : db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM PersonSearch WHERE PersonSearch MATCH {terms.ToFts5()}");
}
