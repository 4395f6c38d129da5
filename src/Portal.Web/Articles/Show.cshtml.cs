using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Web.Hosting;

namespace Portal.Web.Articles;

public sealed class ShowModel(ArticleQueries queries, IOptions<SiteOptions> site) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public string SiteName => site.Value.Name;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/articles/{Article.Slug}";

    public string? SectionSlug => Article.Section is { } section ? Slug.From(section, Data.Articles.Article.SectionMaxLength) : null;

    public string StructuredData => ArticleStructuredData.For(Article, site.Value.BaseUrl(Request), site.Value.Name);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.PublishedBySlugAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        HttpContext.TagResponse(ReaderCache.TagsFor(article));
        return Page();
    }

    /// <summary>
    /// A paragraph with each quotation marked up and linked to its speaker. Text is always encoded;
    /// only the markup around quotes is Portal's own.
    /// </summary>
    public IHtmlContent Paragraph(BlockItem paragraph)
    {
        var html = new HtmlContentBuilder();
        foreach (var (text, quote) in Pieces(paragraph))
        {
            if (quote is null)
            {
                html.Append(text);
                continue;
            }
            html.AppendHtml(quote.Speaker is { } speaker
                ? $"<a class=\"quote\" id=\"quote-{quote.Id}\" href=\"/people/{Encode(speaker.Slug)}\" title=\"Said by {Encode(speaker.Name)}\">"
                : $"<span class=\"quote\" id=\"quote-{quote.Id}\">");
            html.Append(text);
            html.AppendHtml(quote.Speaker is null ? "</span>" : "</a>");
        }
        return html;
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <summary>A paragraph cut into plain text and quoted words, so that each quotation can be marked up.</summary>
    private IEnumerable<TextPiece> Pieces(BlockItem paragraph)
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

    private sealed record TextPiece(string Text, QuoteItem? Quote);
}
