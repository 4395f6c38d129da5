using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>A draft exactly as readers will see it, through the reader's own article markup.</summary>
public sealed class PreviewModel(PortalDbContext db, ArticleQueries queries) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) is not { } article
            || await queries.BySlugAsync(slug, includeUnpublished: true, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        if (!User.CanEdit(article))
        {
            return Forbid();
        }
        Article = detail;
        return Page();
    }
}
