using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Credits;

/// <summary>Photo uploads: the bytes decide the type, the server chooses the name, and refused files leave nothing behind.</summary>
public sealed class ImageUploadTests
{
    [Fact]
    public async Task A_png_is_re_encoded_stored_under_a_new_name_and_served_with_its_credit()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var response = await api.PostAsync("/api/images", Upload(Photos.Png(), "../../etc/passwd.png", "Leaders meet", "Talks in progress", "Yonhap", "AP"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var image = await response.JsonAsync();
        Assert.Equal("Yonhap / AP", image.GetProperty("creditLine").GetString());
        var url = image.GetProperty("url").GetString()!;
        Assert.Matches("^/media/[0-9a-f]{32}_40x40\\.png$", url);
        var file = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        using var stored = SKBitmap.Decode(await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(40, stored.Width);
        var media = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "media"));
        Assert.Equal(Path.GetFileName(url), Path.GetFileName(Assert.Single(media)));

        var deleted = await api.DeleteAsync(response.Headers.Location!.AbsolutePath, response.ETag());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Photos.AssertNothingStoredAsync(factory);
    }

    [Theory]
    [InlineData("text.jpg", "not an image at all")]
    [InlineData("script.png", "<script>alert(1)</script>")]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name_and_nothing_is_stored(string name, string content)
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var response = await api.PostAsync("/api/images", Upload(System.Text.Encoding.UTF8.GetBytes(content), name, "Caption", null));

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        await Photos.AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_a_413_and_nothing_is_stored()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Media:MaxBytes"] = "50";
        var api = await factory.EditorApiAsync();

        var response = await api.PostAsync("/api/images", Upload(Photos.Png(), "big.png", "Caption", null));

        await response.ProblemAsync(413);
        await Photos.AssertNothingStoredAsync(factory);
    }

    [Fact]
    public async Task Uploads_need_an_editors_token_and_a_caption()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        await (await factory.CreateClient().PostAsync("/api/images", Upload(Photos.Png(), "a.png", "Caption", null))).ProblemAsync(401);
        var noCaption = await (await api.PostAsync("/api/images", Upload(Photos.Png(), "a.png", "", null))).ProblemAsync(400);

        Assert.True(noCaption.GetProperty("errors").TryGetProperty("caption", out _));
        await Photos.AssertNothingStoredAsync(factory);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string caption, string? altText, params string[] credit)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(caption), "caption" } };
        if (altText is not null)
        {
            form.Add(new StringContent(altText), "altText");
        }
        foreach (var agency in credit)
        {
            form.Add(new StringContent(agency), "credit");
        }
        return form;
    }
}
