using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Credits;

public sealed record AgencyProfile(int Id, string Slug, string Name);

/// <summary>A photo an agency supplied, its full credit chain, and the published articles it runs in.</summary>
public sealed record CreditedImage(int Id, string Caption, string? Url, IReadOnlyList<AgencyItem> Credit, IReadOnlyList<RelatedArticle> Articles)
{
    public string CreditLine => string.Join(" / ", Credit.Select(a => a.Name));
}

public sealed class CreditQueries(PortalDbContext db, TimeProvider clock)
{
    public Task<AgencyProfile?> AgencyAsync(string slug, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new AgencyProfile(a.Id, a.Slug, a.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The images an agency is credited on that appear in published articles, newest first.</summary>
    public async Task<PageOf<CreditedImage>> ImagesAsync(int agencyId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.VisibleAt(now);
        var images = db.Images.AsNoTracking()
            .Where(i => i.Credits.Any(c => c.AgencyId == agencyId))
            .Where(i => db.ArticleBlocks.Any(b => b.ImageId == i.Id && published.Any(a => a.Id == b.ArticleId)));
        var total = await images.CountAsync(cancellationToken);
        var items = await images
            .OrderByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new CreditedImage(
                i.Id,
                i.Caption,
                i.FileName == null ? null : "/media/" + i.FileName,
                i.Credits.OrderBy(c => c.Position).Select(c => new AgencyItem(c.Agency.Slug, c.Agency.Name)).ToList(),
                db.ArticleBlocks.Where(b => b.ImageId == i.Id)
                    .Join(published, b => b.ArticleId, a => a.Id, (b, a) => a)
                    .OrderByDescending(a => a.PublishedAt)
                    .Select(a => new RelatedArticle(a.Slug, a.Headline)).ToList()))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }
}
