using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Articles;

/// <summary>The body markup Portal builds itself, for the reader's page and the editor's preview alike.</summary>
public static class ArticleMarkup
{
    /// <summary>
    /// A paragraph with each quotation marked up and linked to its speaker. Text is always encoded;
    /// only the markup around quotes is Portal's own.
    /// </summary>
    public static IHtmlContent Paragraph(ArticleDetail article, BlockItem paragraph)
    {
        var html = new HtmlContentBuilder();
        foreach (var (text, quote) in Pieces(article, paragraph))
        {
            if (quote is null || quote.Source.Value == Data.Quotes.QuoteSourceKind.NotSpeech)
            {
                html.Append(text);
                continue;
            }
            var page = quote.Source.Value switch
            {
                Data.Quotes.QuoteSourceKind.Person => $"/people/{quote.Source.Slug}",
                Data.Quotes.QuoteSourceKind.Organisation => $"/organisations/{quote.Source.Slug}",
                _ => null,
            };
            var title = quote.Source.Name is { } source ? $" title=\"Said by {Encode(source)}\"" : "";
            html.AppendHtml(page is not null
                ? $"<a class=\"quote\" id=\"quote-{quote.Id}\" href=\"{Encode(page)}\"{title}>"
                : $"<span class=\"quote\" id=\"quote-{quote.Id}\"{title}>");
            html.Append(text);
            html.AppendHtml(page is null ? "</span>" : "</a>");
        }
        return html;
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <summary>A paragraph cut into plain text and quoted words, so that each quotation can be marked up.</summary>
    private static IEnumerable<TextPiece> Pieces(ArticleDetail article, BlockItem paragraph)
    {
        var text = paragraph.Text ?? "";
        var at = 0;
        foreach (var quote in article.Quotes.Where(q => q.BlockPosition == paragraph.Position).OrderBy(q => q.Offset))
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
