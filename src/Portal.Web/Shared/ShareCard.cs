using SkiaSharp;

namespace Portal.Web.Shared;

/// <summary>
/// The picture a shared link shows (1200 × 630, the size link previews ask for): the site's name, the words (a quote or
/// a headline), who said or wrote them and the day, set in the site's serif face (Source Serif 4, SIL Open Font Licence,
/// shipped inside the application so that a server without fonts draws the same card).
/// </summary>
public static class ShareCard
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 72;
    private const float LargestText = 64;
    private const float SmallestText = 34;
    private const int MaxLines = 6;

    private static readonly SKColor Ink = new(0x1c, 0x1c, 0x1e);
    private static readonly SKColor Muted = new(0x55, 0x58, 0x5e);
    private static readonly SKColor Accent = new(0x0b, 0x57, 0xa4);
    private static readonly SKColor Paper = new(0xfa, 0xf8, 0xf3);

    private static readonly Lazy<SKTypeface> Face = new(() =>
    {
        using var font = typeof(ShareCard).Assembly.GetManifestResourceStream("Portal.Fonts.SourceSerif4-SemiBold.ttf")
            ?? throw new InvalidOperationException("The share card's font is not in the application.");
        return SKTypeface.FromStream(font) ?? throw new InvalidOperationException("The share card's font cannot be read.");
    });

    /// <summary>A PNG of the card. <paramref name="words"/> are set as large as fit in six lines, cut with "…" when even the smallest size does not.</summary>
    public static byte[] Png(string siteName, string words, string? attribution, string? day)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Accent;
        canvas.DrawRect(0, 0, Width, 12, paint);
        using var label = new SKFont(Face.Value, 30);
        canvas.DrawText(siteName.ToUpperInvariant(), Margin, Margin + 20, SKTextAlign.Left, label, paint);

        var (lines, size) = Fit(words, Width - 2 * Margin);
        using var body = new SKFont(Face.Value, size);
        paint.Color = Ink;
        var lineHeight = size * 1.25f;
        var y = Margin + 110 + size;
        foreach (var line in lines)
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, body, paint);
            y += lineHeight;
        }

        using var small = new SKFont(Face.Value, 30);
        paint.Color = Muted;
        var footer = string.Join(" · ", new[] { attribution, day }.Where(part => !string.IsNullOrWhiteSpace(part)));
        canvas.DrawText(Cut(footer, small, Width - 2 * Margin), Margin, Height - Margin + 10, SKTextAlign.Left, small, paint);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The lines and size that fit: the largest size at which the words take at most <see cref="MaxLines"/> lines.</summary>
    private static (List<string> Lines, float Size) Fit(string words, float width)
    {
        for (var size = LargestText; size > SmallestText; size -= 4)
        {
            using var font = new SKFont(Face.Value, size);
            var lines = Wrap(words, font, width, int.MaxValue);
            if (lines.Count <= MaxLines)
            {
                return (lines, size);
            }
        }
        using var smallest = new SKFont(Face.Value, SmallestText);
        return (Wrap(words, smallest, width, MaxLines), SmallestText);
    }

    /// <summary>Words to lines no wider than <paramref name="width"/>; the last of <paramref name="maxLines"/> ends in "…" when words are left over.</summary>
    private static List<string> Wrap(string words, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        var all = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < all.Length; i++)
        {
            var longer = line.Length == 0 ? all[i] : $"{line} {all[i]}";
            if (line.Length > 0 && font.MeasureText(longer) > width)
            {
                if (lines.Count == maxLines - 1)
                {
                    lines.Add(Cut(line + " " + string.Join(' ', all[i..]), font, width));
                    return lines;
                }
                lines.Add(line);
                longer = all[i];
            }
            line = Cut(longer, font, width);
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>The text, or as much of it as fits before "…".</summary>
    private static string Cut(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }
        var end = text.Length;
        while (end > 0 && font.MeasureText(string.Concat(text.AsSpan(0, end), "…")) > width)
        {
            end--;
        }
        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
