using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.People;

public sealed record PersonProfile(int Id, string Slug, string Name, string? Title, string? Organisation, string? Description);

public sealed class PersonQueries(PortalDbContext db)
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
            .PageAt(page, pageSize)
            .Select(p => new PersonProfile(p.Id, p.Slug, p.Name, p.Title, p.Organisation, p.Description))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }
}
