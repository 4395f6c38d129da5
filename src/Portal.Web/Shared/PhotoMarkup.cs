using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Portal.Web.Credits;

namespace Portal.Web.Shared;

/// <summary>A stored photo as an &lt;img&gt;: its size (so the page does not shift as it loads) and its renditions for narrow screens.</summary>
public static class PhotoMarkup
{
    /// <summary>How wide a photo is shown: the text column on wide screens, the whole width on narrow ones.</summary>
    public const string ColumnSizes = "(min-width: 48rem) 46rem, 100vw";

    /// <summary>How wide a list's thumbnail is shown (see .thumbnail-photo in the style sheet).</summary>
    public const string ThumbnailSizes = "8rem";

    /// <summary>
    /// The first photo a reader sees loads at once (<paramref name="eager"/>); the others when scrolled near. A photo
    /// stored before sizes were kept has neither size nor renditions.
    /// </summary>
    public static IHtmlContent Img(string url, string alt, bool eager, string sizes = ColumnSizes)
    {
        var encoder = HtmlEncoder.Default;
        var name = Path.GetFileName(url);
        var html = $"<img src=\"{encoder.Encode(url)}\" alt=\"{encoder.Encode(alt)}\"";
        if (MediaFile.SizeOf(name) is var (width, height))
        {
            html += string.Create(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
            var renditions = MediaFile.RenditionsOf(name).Select(r => $"{ImageStore.UrlOf(r.FileName)} {r.Width}w").ToList();
            // A photo narrower than every rendition is offered alone: a srcset of one would scale it to the column.
            if (renditions.Count > 0)
            {
                var set = string.Join(", ", renditions.Append($"{url} {width}w"));
                html += $" srcset=\"{encoder.Encode(set)}\" sizes=\"{encoder.Encode(sizes)}\"";
            }
        }
        html += eager ? " fetchpriority=\"high\">" : " loading=\"lazy\" decoding=\"async\">";
        return new HtmlString(html);
    }
}
