using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;

namespace Portal.Web.Corrections;

/// <summary>A correction as the corrections page and its feed list it: with the article it corrects.</summary>
public sealed record CorrectionListing(int Id, string Kind, string Text, DateTime At, string ArticleSlug, string ArticleHeadline)
{
    public string Label => Kind == nameof(CorrectionKind.Clarification) ? "Clarification" : "Correction";
}

public sealed class CorrectionQueries(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The latest corrections and clarifications of the articles readers see, newest first.</summary>
    public Task<List<CorrectionListing>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        var visible = db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
        return db.Corrections.AsNoTracking()
            .Join(visible, c => c.ArticleId, a => a.Id, (c, a) => new { c, a.Slug, a.Headline })
            .OrderByDescending(x => x.c.At).ThenByDescending(x => x.c.Id).Take(count)
            .Select(x => new CorrectionListing(x.c.Id, x.c.Kind.ToString(), x.c.Text, x.c.At, x.Slug, x.Headline))
            .ToListAsync(cancellationToken);
    }
}
