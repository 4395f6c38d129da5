using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Articles;

public sealed class ShowModel(ArticleQueries queries) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.PublishedBySlugAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        return Page();
    }

    /// <summary>A paragraph cut into plain text and quoted words, so that each quotation can be marked up.</summary>
    public IEnumerable<TextPiece> Pieces(BlockItem paragraph)
    {
        var text = paragraph.Text ?? "";
        var at = 0;
        foreach (var quote in Article.Quotes.Where(q => q.BlockPosition == paragraph.Position).OrderBy(q => q.Offset))
        {
            if (quote.Offset < at || quote.Offset + quote.Text.Length > text.Length)
            {
                continue; // The text was edited around the quote; show it plainly rather than cut words.
            }
            yield return new(text[at..quote.Offset], null);
            yield return new(text.Substring(quote.Offset, quote.Text.Length), quote);
            at = quote.Offset + quote.Text.Length;
        }
        yield return new(text[at..], null);
    }

    public sealed record TextPiece(string Text, QuoteItem? Quote);
}
