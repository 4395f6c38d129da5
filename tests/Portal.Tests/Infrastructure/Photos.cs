using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using SkiaSharp;

namespace Portal.Tests.Infrastructure;

public static class Photos
{
    /// <summary>A real 40 × 40 PNG.</summary>
    public static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 40);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>No file in the media folder and no photo record with a file.</summary>
    public static async Task AssertNothingStoredAsync(PortalFactory factory)
    {
        var media = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "media");
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media) : []);
        Assert.Equal(0, await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().Images.CountAsync(i => i.FileName != null)));
    }
}
