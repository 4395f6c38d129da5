using System.Net;
using System.Net.Http.Headers;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Credits;

/// <summary>A photo is stored with smaller renditions, and pages give browsers its size and the choice of renditions.</summary>
public sealed class PhotoRenditionTests
{
    [Fact]
    public async Task A_wide_photo_is_stored_with_renditions_that_the_page_offers_in_srcset_with_the_photos_size()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var file = new ByteArrayContent(Photos.Png(1600, 900));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var uploaded = await api.PostAsync("/api/images", new MultipartFormDataContent
        {
            { file, "file", "harbour.png" }, { new StringContent("The harbour at dawn"), "caption" }, { new StringContent("NTB"), "credit" },
            { new StringContent("Boats in a harbour"), "altText" },
        });
        var photo = await uploaded.JsonAsync();
        var slug = await Stories.AddAsync(factory, $"BERGEN -- The harbour reopened.\n\n{{photo {photo.GetProperty("id").GetInt32()}}}\n\nShips came in.",
            "Harbour reopens", ArticleStatus.Published);
        var reader = factory.CreateClient();

        var img = (await reader.GetDocumentAsync($"/articles/{slug}")).QuerySelector("figure img")!;

        var figure = (await (await reader.GetAsync($"/api/articles/{slug}")).JsonAsync()).GetProperty("blocks")[1].GetProperty("image");
        Assert.Equal((1600, 900), (figure.GetProperty("width").GetInt32(), figure.GetProperty("height").GetInt32()));
        Assert.Equal((1600, 900), (photo.GetProperty("width").GetInt32(), photo.GetProperty("height").GetInt32()));
        Assert.Equal(("1600", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.NotNull(img.GetAttribute("sizes"));
        var candidates = img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(["480w", "960w", "1600w"], candidates.Select(c => c[1]));
        foreach (var candidate in candidates)
        {
            var response = await reader.GetAsync(candidate[0]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(int.Parse(candidate[1].TrimEnd('w')), bitmap.Width);
        }
    }

    [Fact]
    public async Task Deleting_a_photo_removes_its_renditions_too()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var uploaded = await UploadAsync(api, 1000, 500);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "media")).Length);

        var deleted = await api.DeleteAsync(uploaded.Headers.Location!.AbsolutePath, uploaded.ETag());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Photos.AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task A_photo_below_the_first_paragraphs_loads_lazily_and_a_narrow_one_has_no_renditions()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var id = (await (await UploadAsync(api, 400, 300)).JsonAsync()).GetProperty("id").GetInt32();
        var slug = await Stories.AddAsync(factory, $"One.\n\nTwo.\n\nThree.\n\nFour.\n\n{{photo {id}}}", "Quay", ArticleStatus.Published);

        var img = (await factory.CreateClient().GetDocumentAsync($"/articles/{slug}")).QuerySelector("figure img")!;

        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Null(img.GetAttribute("fetchpriority"));
        Assert.Equal(("400", "300"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("srcset"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, int width, int height)
    {
        var file = new ByteArrayContent(Photos.Png(width, height));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var uploaded = await api.PostAsync("/api/images", new MultipartFormDataContent
        {
            { file, "file", "quay.png" }, { new StringContent("The quay"), "caption" }, { new StringContent("NTB"), "credit" },
        });
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        return uploaded;
    }
}
