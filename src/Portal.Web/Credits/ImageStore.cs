using SkiaSharp;

namespace Portal.Web.Credits;

/// <summary>What an upload turned into: the stored file's server-chosen name, or why it was refused.</summary>
public sealed record StoredImage(string? FileName, string? Error, bool TooLarge = false);

/// <summary>
/// Keeps uploaded photos. A file is accepted only when its bytes are a JPEG, PNG or WebP image (the name and
/// the declared type are ignored) of sensible dimensions; it is decoded and re-encoded, which drops any
/// metadata or trailing payload, and stored under a random name in the media folder, never the client's, with
/// smaller renditions for narrow screens (see <see cref="MediaFile"/>).
/// </summary>
public sealed class ImageStore
{
    public const string RequestPath = "/media";

    /// <summary>The address a stored file is served at (the article document's SQL writes the same, RequestPath + "/" + name).</summary>
    public static string UrlOf(string fileName) => $"{RequestPath}/{fileName}";
    private const int MaxPixels = 40_000_000;
    private const int MaxSide = 12_000;

    public ImageStore(IConfiguration configuration, IHostEnvironment environment)
    {
        Folder = Path.GetFullPath(configuration["Portal:Media:Path"] ?? "data/media", environment.ContentRootPath);
        MaxBytes = configuration.GetValue("Portal:Media:MaxBytes", 10L * 1024 * 1024);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }
    public long MaxBytes { get; }

    public async Task<StoredImage> SaveAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await CopyAtMostAsync(upload, buffer, MaxBytes + 1, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return new(null, $"The file is larger than {MaxBytes / (1024 * 1024)} MB.", TooLarge: true);
        }
        var bytes = buffer.ToArray();
        if (Kind(bytes) is not { } format)
        {
            return new(null, "The file is not a JPEG, PNG or WebP image.");
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width is < 1 or > MaxSide || codec.Info.Height is < 1 or > MaxSide
            || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return new(null, "The image cannot be read, or its dimensions are beyond what Portal stores.");
        }
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return new(null, "The image cannot be read.");
        }
        using var encoded = bitmap.Encode(format, Quality(format));
        if (encoded is null)
        {
            return new(null, "The image cannot be stored.");
        }
        var name = MediaFile.NameFor(Guid.NewGuid(), bitmap.Width, bitmap.Height, Extension(format));
        // The renditions first: once the photo's own file is there, a page may ask for any of them.
        foreach (var (width, renditionName) in MediaFile.RenditionsOf(name))
        {
            var height = Math.Max(1, (int)Math.Round((double)bitmap.Height * width / bitmap.Width));
            using var smaller = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var smallerEncoded = smaller?.Encode(format, Quality(format));
            if (smallerEncoded is null)
            {
                Forget(name);
                return new(null, "The image cannot be stored.");
            }
            await WriteAsync(smallerEncoded, renditionName);
        }
        await WriteAsync(encoded, name);
        return new(name, null);
    }

    private static int Quality(SKEncodedImageFormat format) => format == SKEncodedImageFormat.Png ? 100 : 85;

    private async Task WriteAsync(SKData encoded, string name)
    {
        var temporary = Path.Combine(Folder, name + ".part");
        await using (var file = File.Create(temporary))
        {
            encoded.SaveTo(file);
            // On the disk before the photo's record is committed: a power cut must not leave a record without its bytes.
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(Folder, name));
    }

    /// <summary>
    /// Removes a stored file no photo refers to any more (replaced or deleted, or stored for a save that failed).
    /// Only names this store chose are touched.
    /// </summary>
    public void Forget(string? fileName)
    {
        if (fileName is not null && MediaFile.IsStored(fileName))
        {
            foreach (var (_, rendition) in MediaFile.RenditionsOf(fileName))
            {
                File.Delete(Path.Combine(Folder, rendition));
            }
            File.Delete(Path.Combine(Folder, fileName));
        }
    }

    /// <summary>The size in bytes of a stored file; null when the store holds no file of that name.</summary>
    public long? SizeOf(string fileName) =>
        MediaFile.IsStored(fileName) && new FileInfo(Path.Combine(Folder, fileName)) is { Exists: true } file ? file.Length : null;

    /// <summary>True when the store holds a file of that name (a revision may name one that has since been removed).</summary>
    public bool Holds(string fileName) => SizeOf(fileName) is not null;

    /// <summary>The format the bytes are, by their signature; null for anything else.</summary>
    private static SKEncodedImageFormat? Kind(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => SKEncodedImageFormat.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => SKEncodedImageFormat.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => SKEncodedImageFormat.Webp,
        _ => null,
    };

    private static string Extension(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Png => ".png",
        SKEncodedImageFormat.Webp => ".webp",
        _ => ".jpg",
    };

    private static async Task CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81_920];
        int read;
        while (to.Length < limit && (read = await from.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - to.Length)), cancellationToken)) > 0)
        {
            await to.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }
}
