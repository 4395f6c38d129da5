using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Admin;

/// <summary>An article on the newsroom's home: when it was last touched (or is due), and how many things wait on it.</summary>
public sealed record DeskItem(string Slug, string Headline, DateTime When, int Waiting);

/// <summary>What the newsroom's home shows an account: the work waiting for it, among the articles it may edit.</summary>
public sealed record Desk(
    IReadOnlyList<DeskItem> MyDrafts,
    IReadOnlyList<DeskItem> QuotesToSettle,
    IReadOnlyList<DeskItem> PhotosToFinish,
    IReadOnlyList<DeskItem> Scheduled,
    IReadOnlyList<DeskItem> RecentlyPublished);

public sealed class NewsroomDesk(PortalDbContext db)
{
    private const int Shown = 10;

    public async Task<Desk> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var editable = db.Articles.AsNoTracking().EditableBy(user);
        var drafts = editable.Where(a => a.Status == ArticleStatus.Draft);
        var mine = await drafts.Where(a => a.CreatedById == id).OrderByDescending(a => a.UpdatedAt).Take(Shown)
            .Select(a => new DeskItem(a.Slug, a.Headline, a.UpdatedAt, 0)).ToListAsync(cancellationToken);
        // Open quotes, as Quote.IsSettled reads them: no source of any kind, and not marked as not speech.
        var quotes = await drafts
            .Select(a => new { a.Slug, a.Headline, a.UpdatedAt, Open = a.Quotes.Count(q => q.SpeakerId == null && q.OrganisationId == null && q.UnnamedSource == null && !q.IsNotSpeech) })
            .Where(a => a.Open > 0).OrderByDescending(a => a.UpdatedAt).Take(Shown)
            .Select(a => new DeskItem(a.Slug, a.Headline, a.UpdatedAt, a.Open)).ToListAsync(cancellationToken);
        var photos = await editable
            .Select(a => new { a.Slug, a.Headline, a.UpdatedAt, Missing = a.Blocks.Count(b => b.Image != null && (b.Image.AltText == null || b.Image.FileName == null)) })
            .Where(a => a.Missing > 0).OrderByDescending(a => a.UpdatedAt).Take(Shown)
            .Select(a => new DeskItem(a.Slug, a.Headline, a.UpdatedAt, a.Missing)).ToListAsync(cancellationToken);
        var scheduled = await editable.Where(a => a.Status == ArticleStatus.Scheduled).OrderBy(a => a.PublishedAt).Take(Shown)
            .Select(a => new DeskItem(a.Slug, a.Headline, a.PublishedAt!.Value, 0)).ToListAsync(cancellationToken);
        var published = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).OrderByDescending(a => a.PublishedAt).Take(Shown)
            .Select(a => new DeskItem(a.Slug, a.Headline, a.PublishedAt!.Value, 0)).ToListAsync(cancellationToken);
        return new(mine, quotes, photos, scheduled, published);
    }
}
