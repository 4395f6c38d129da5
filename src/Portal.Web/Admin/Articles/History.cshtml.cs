using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>Every saved version of an article, the differences between any two, and restoring one as a new revision.</summary>
public sealed class HistoryModel(PortalDbContext db, ArticleEditor editor) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    /// <summary>The two revisions compared, older first, with the differences field by field; null until two are chosen.</summary>
    public (ArticleRevision From, ArticleRevision To)? Compared { get; private set; }

    public IReadOnlyList<(string Field, IReadOnlyList<DiffRun> Runs)> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (from is { } a && to is { } b && Revisions.FirstOrDefault(r => r.Number == a) is { } older && Revisions.FirstOrDefault(r => r.Number == b) is { } newer)
        {
            Compared = (older, newer);
            // Revisions saved before quote sources and photos were kept compare by their text alone.
            var (olderKept, newerKept) = (older.Kept, newer.Kept);
            var kept = olderKept is not null && newerKept is not null;
            Differences = older.Text.Fields.Concat(kept ? olderKept!.Fields : []).Zip(newer.Text.Fields.Concat(kept ? newerKept!.Fields : []))
                .Where(pair => !pair.First.SameAs(pair.Second))
                .Select(pair => (pair.First.Name, TextDiff.Words(pair.First.Value, pair.Second.Value)))
                .ToList();
        }
        return Page();
    }

    /// <summary>Makes an old revision the article's text, quote sources and photos again, as a new revision: history is never rewritten.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string slug, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Revisions.FirstOrDefault(r => r.Number == number) is not { } revision)
        {
            return NotFound();
        }
        var article = (await editor.LoadAsync(slug, cancellationToken))!;
        await editor.RestoreAsync(article, revision, User.Identity?.Name, cancellationToken);
        TempData["Notice"] = $"Revision {number} restored as a new revision.";
        return RedirectToPage("/Admin/Articles/Edit", new { slug });
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        if (!User.CanEdit(article))
        {
            return Forbid();
        }
        Article = article;
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == article.Id)
            .OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return null;
    }
}
