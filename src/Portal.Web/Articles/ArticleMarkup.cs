using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Articles;

/// <summary>The body markup Portal builds itself, for the reader's page and the editor's preview alike.</summary>
public static class ArticleMarkup
{
    /// <summary>
    /// The quotes that are the first of their source in the article, in reading order: those paragraphs name the
    /// source beside the text, so that a reader sees who speaks without hovering.
    /// </summary>
    public static IReadOnlySet<int> FirstOfEachSource(ArticleDetail article) =>
        article.Quotes.Where(q => q.Source.Value is Data.Quotes.QuoteSourceKind.Person or Data.Quotes.QuoteSourceKind.Organisation)
            .OrderBy(q => q.BlockPosition).ThenBy(q => q.Offset)
            .DistinctBy(q => (q.Source.Value, q.Source.Slug))
            .Select(q => q.Id)
            .ToHashSet();

    /// <summary>
    /// A paragraph with typographic marks, each quotation marked up and linked to its source, and the names of the
    /// sources first quoted in it (<paramref name="firstOfEachSource"/>) beside it. Text is always encoded; only the
    /// markup around quotes is Portal's own.
    /// </summary>
    public static IHtmlContent Paragraph(ArticleDetail article, BlockItem paragraph, IReadOnlySet<int> firstOfEachSource)
    {
        var html = new HtmlContentBuilder();
        var pieces = Pieces(article, paragraph).ToList();
        foreach (var quote in pieces.Select(p => p.Quote).OfType<QuoteItem>().Where(q => firstOfEachSource.Contains(q.Id)))
        {
            html.AppendHtml("<span class=\"said-by\"><span class=\"visually-hidden\">Quoted: </span>");
            html.Append(quote.Source.Name ?? "");
            html.AppendHtml("</span>");
        }
        foreach (var (text, quote) in pieces)
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

    /// <summary>A paragraph, with typographic marks, cut into plain text and quoted words, so that each quotation can be marked up.</summary>
    private static IEnumerable<TextPiece> Pieces(ArticleDetail article, BlockItem paragraph)
    {
        var text = Typography.Curly(paragraph.Text ?? "");
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
