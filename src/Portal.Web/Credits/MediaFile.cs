using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Web.Credits;

/// <summary>
/// The names the image store gives files: "{32 hex digits}_{width}x{height}.{jpg|png|webp}" for a photo as uploaded
/// (photos stored before sizes were kept have no size in their name), and "….w480.jpg" for a smaller rendition of it.
/// The name alone says how large a photo is and which renditions it has, wherever it is written (photo records,
/// revisions, the article document), so no second record of the size can fall out of step with the file.
/// </summary>
public static partial class MediaFile
{
    /// <summary>The widths of the smaller copies made of each photo wider than them: a phone's and a tablet's.</summary>
    public static readonly IReadOnlyList<int> RenditionWidths = [480, 960];

    public static string NameFor(Guid id, int width, int height, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{id:N}_{width}x{height}{extension}");

    /// <summary>True for a name the store chose for a photo as uploaded (not a rendition).</summary>
    public static bool IsStored(string fileName) => Stored().IsMatch(fileName);

    /// <summary>The photo's size, from its name; null for a name without one.</summary>
    public static (int Width, int Height)? SizeOf(string fileName) =>
        Stored().Match(fileName) is { Success: true } match && match.Groups["width"].Success
            ? (int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["height"].Value, CultureInfo.InvariantCulture))
            : null;

    /// <summary>The size of the photo a media address serves ("/media/….jpg"); null without an address or a size in its name.</summary>
    public static (int Width, int Height)? SizeAt(string? url) => url is null ? null : SizeOf(Path.GetFileName(url));

    /// <summary>The renditions a photo has: each width narrower than the photo, with its file name.</summary>
    public static IEnumerable<(int Width, string FileName)> RenditionsOf(string fileName) =>
        SizeOf(fileName) is { Width: var width }
            ? RenditionWidths.Where(w => w < width).Select(w => (w, $"{Path.GetFileNameWithoutExtension(fileName)}.w{w}{Path.GetExtension(fileName)}"))
            : [];

    [GeneratedRegex("^[0-9a-f]{32}(?:_(?<width>[1-9][0-9]{0,4})x(?<height>[1-9][0-9]{0,4}))?\\.(?:jpg|png|webp)$")]
    private static partial Regex Stored();
}
