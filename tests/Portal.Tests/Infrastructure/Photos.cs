using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using SkiaSharp;

namespace Portal.Tests.Infrastructure;

public static class Photos
{
    /// <summary>A real PNG, 40 × 40 unless asked otherwise.</summary>
    public static byte[] Png(int width = 40, int height = 40)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// A published story of the test's own whose one photo has a file, uploaded through the API as an editor would:
    /// its slug and the photo as the API answered (id, url …).
    /// </summary>
    public static async Task<(string Slug, System.Text.Json.JsonElement Photo)> StoryWithPhotoFileAsync(PortalFactory factory, string? altText = null)
    {
        var api = await factory.EditorApiAsync();
        var file = new ByteArrayContent(Png());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, "file", "ferries.png" }, { new StringContent("Ferries wait in Bergen"), "caption" }, { new StringContent("NTB"), "credit" } };
        if (altText is not null)
        {
            form.Add(new StringContent(altText), "altText");
        }
        var uploaded = await api.PostAsync("/api/images", form);
        Assert.Equal(System.Net.HttpStatusCode.Created, uploaded.StatusCode);
        var photo = await uploaded.JsonAsync();
        var slug = await Stories.AddAsync(factory, $"BERGEN -- Ferries ran late.\n\n{{photo {photo.GetProperty("id").GetInt32()}}}", "Ferries run late",
            Portal.Data.Articles.ArticleStatus.Published);
        return (slug, photo);
    }

    /// <summary>No file in the media folder and no photo record with a file.</summary>
    public static async Task AssertNothingStoredAsync(PortalFactory factory)
    {
        var media = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "media");
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media) : []);
        Assert.Equal(0, await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().Images.CountAsync(i => i.FileName != null)));
    }
}
