using System.Text;
using System.Text.Encodings.Web;
using Portal.Data.Credits;
using Portal.Web.Articles;

namespace Portal.Web.Feeds;

/// <summary>
/// An article's whole text as a feed reader shows it: its paragraphs with typographic marks, and its photos with their
/// captions and credits, every word encoded, every address absolute.
/// </summary>
public static class FeedContent
{
    public static string Html(ArticleDetail article, string baseUrl)
    {
        var html = new StringBuilder();
        foreach (var block in article.Blocks)
        {
            if (block.Image is { } image)
            {
                html.Append("<figure>");
                if (image.Url is { } url)
                {
                    html.Append($"<img src=\"{Encode(baseUrl + url)}\" alt=\"{Encode(image.AltText ?? "")}\">");
                }
                var credit = image.Credit.Count == 0 ? "" : $" Photo: {CreditChain.Line(image.Credit.Select(c => c.Name))}";
                html.Append($"<figcaption>{Encode(image.Caption + credit)}</figcaption></figure>");
            }
            else
            {
                html.Append($"<p>{Encode(Typography.Curly(block.Text ?? ""))}</p>");
            }
        }
        return html.ToString();
    }

    // Markup characters are encoded; letters and typographic marks of any script stay as they are, readable in the XML.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
