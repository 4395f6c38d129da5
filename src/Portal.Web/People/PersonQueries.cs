using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.People;

public sealed record PersonProfile(int Id, string Slug, string Name, string? Title, string? Organisation, string? Description);

/// <summary>Something a person is quoted saying, and where: the article and the quote's anchor in it.</summary>
public sealed record SaidQuote(int Id, string Text, bool IsFragment, string ArticleSlug, string ArticleHeadline, DateTime? PublishedAt)
{
    public string Link => $"/articles/{ArticleSlug}#quote-{Id}";
}

public sealed class PersonQueries(PortalDbContext db, TimeProvider clock)
{
    public Task<PersonProfile?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new PersonProfile(p.Id, p.Slug, p.Name, p.Title, p.Organisation, p.Description))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<PageOf<PersonProfile>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.People.CountAsync(cancellationToken);
        var items = await db.People.AsNoTracking()
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new PersonProfile(p.Id, p.Slug, p.Name, p.Title, p.Organisation, p.Description))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    /// <summary>What the person is quoted saying in published articles, newest first.</summary>
    public async Task<PageOf<SaidQuote>> QuotesAsync(int personId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quotes = db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId == personId && q.Article.Status == ArticleStatus.Published && q.Article.PublishedAt <= now);
        var total = await quotes.CountAsync(cancellationToken);
        var items = await quotes
            .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Position)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(q => new SaidQuote(q.Id, q.Text, q.IsFragment, q.Article.Slug, q.Article.Headline, q.Article.PublishedAt))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }
}
