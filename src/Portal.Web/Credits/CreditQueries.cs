using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Credits;

public sealed record AgencyProfile(int Id, string Slug, string Name);

/// <summary>An agency and how many photos it is credited on in published articles.</summary>
public sealed record AgencyCredits(string Slug, string Name, int Images);

/// <summary>A photo an agency supplied, its full credit chain, and the published articles it runs in.</summary>
public sealed record CreditedImage(int Id, string Caption, string? AltText, string? Url, bool NoImageAvailable, IReadOnlyList<AgencyItem> Credit, IReadOnlyList<RelatedArticle> Articles)
{
    public string CreditLine => CreditChain.Line(Credit.Select(a => a.Name));
}

public sealed class CreditQueries(PortalDbContext db, TimeProvider clock)
{
    public Task<AgencyProfile?> AgencyAsync(string slug, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new AgencyProfile(a.Id, a.Slug, a.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Agencies credited on photos in published articles, most photos first.</summary>
    public async Task<PageOf<AgencyCredits>> AgenciesAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var shown = ShownImages();
        var agencies = db.Agencies.AsNoTracking()
            .Select(a => new { a.Slug, a.Name, Images = shown.Count(i => i.Credits.Any(c => c.AgencyId == a.Id)) })
            .Where(a => a.Images > 0);
        var total = await agencies.CountAsync(cancellationToken);
        var items = await agencies
            .OrderByDescending(a => a.Images).ThenBy(a => a.Name)
            .PageAt(page, pageSize)
            .Select(a => new AgencyCredits(a.Slug, a.Name, a.Images))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    /// <summary>Photos in published articles, newest first; only those an agency is credited on when one is given.</summary>
    public async Task<PageOf<CreditedImage>> ImagesAsync(int? agencyId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var images = ShownImages();
        if (agencyId is { } agency)
        {
            images = images.Where(i => i.Credits.Any(c => c.AgencyId == agency));
        }
        var total = await images.CountAsync(cancellationToken);
        var items = await Project(images.OrderByDescending(i => i.Id).PageAt(page, pageSize))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    /// <summary>One photo, when a published article shows it; editors see every photo.</summary>
    public Task<CreditedImage?> ImageAsync(int id, bool includeUnpublished, CancellationToken cancellationToken) =>
        Project((includeUnpublished ? db.Images.AsNoTracking() : ShownImages()).Where(i => i.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Images that a published article shows: readers and API clients see no others.</summary>
    private IQueryable<Image> ShownImages()
    {
        var published = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
        return db.Images.AsNoTracking()
            .Where(i => db.ArticleBlocks.Any(b => b.ImageId == i.Id && published.Any(a => a.Id == b.ArticleId)));
    }

    private IQueryable<CreditedImage> Project(IQueryable<Image> images)
    {
        var published = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
        return images.Select(i => new CreditedImage(
                i.Id,
                i.Caption,
                i.AltText,
                i.FileName == null ? null : ImageStore.RequestPath + "/" + i.FileName,
                i.NoImageAvailable,
                i.Credits.OrderBy(c => c.Position).Select(c => new AgencyItem(c.Agency.Slug, c.Agency.Name)).ToList(),
                db.ArticleBlocks.Where(b => b.ImageId == i.Id)
                    .Join(published, b => b.ArticleId, a => a.Id, (b, a) => a)
                    .OrderByDescending(a => a.PublishedAt)
                    .Select(a => new RelatedArticle(a.Slug, a.Headline)).ToList()));
    }
}
