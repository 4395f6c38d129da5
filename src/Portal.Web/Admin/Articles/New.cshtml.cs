using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Articles;
using Portal.Web.Articles;
using Portal.Web.Imports;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// Starts a draft, from fields written here or from pasted wire copy (the headline may then be left for the
/// importer to suggest). Either way the editor lands on the draft with the importer's doubts listed.
/// </summary>
public sealed class NewModel(ArticleEditor editor) : PageModel
{
    public sealed class ImportForm
    {
        [StringLength(Article.HeadlineMaxLength), Display(Name = "Headline (optional: the importer suggests one)")]
        public string? Headline { get; set; }

        [Required, StringLength(WireParser.MaxTextLength), Display(Name = "Wire copy")]
        public string Text { get; set; } = "";
    }

    [BindProperty]
    public ImportForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public bool IsImport => HttpContext.Request.Path.StartsWithSegments("/admin/import");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsImport && string.IsNullOrWhiteSpace(Input.Headline))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ImportForm.Headline)}", "Write a headline.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var save = await editor.CreateAsync(new ArticleInput { Headline = Input.Headline ?? "", Body = Input.Text }.ToText(), null, User.Identity?.Name, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (save.Article is not { } article)
        {
            foreach (var message in save.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ImportForm.Text)}", message);
            }
            return Page();
        }
        Notice = save.Warnings.Count == 0
            ? "Draft created."
            : "Draft created. The importer asks you to check: " + string.Join(" ", save.Warnings.Select(w => w.Message));
        return RedirectToPage("/Admin/Articles/Edit", new { slug = article.Slug });
    }
}
