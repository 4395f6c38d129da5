using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>Asks before deleting: the article, its quotes and its history go; its photos stay in the library.</summary>
public sealed class DeleteModel(ArticleEditor editor) : PageModel
{
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await editor.DeleteAsync(Article, User.Identity?.Name, cancellationToken);
        return RedirectToPage("/Admin/Articles/Index");
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        if (!User.CanDelete(article))
        {
            return Forbid();
        }
        Article = article;
        return null;
    }
}
