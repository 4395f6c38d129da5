using Microsoft.Playwright;
using SkiaSharp;
using Xunit.Abstractions;

namespace Portal.BrowserTests;

/// <summary>
/// Pictures of the reader's pages at a phone's, a tablet's and a desktop's width, and of a quote's share card, kept in
/// the tests' output ("screenshots" beside the test assembly) for a reviewer to look at.
/// </summary>
public sealed class ScreenshotTests(LivePortal portal, ITestOutputHelper output) : IClassFixture<LivePortal>
{
    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"), ("article", PageTypes.ArticlePath), ("person", "/people/mike-pompeo"), ("quote", PageTypes.QuotePath),
    ];

    [Fact]
    public async Task Home_article_person_and_quote_pages_and_the_share_card_are_pictured_at_390_768_and_1440_pixels()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 390, 768, 1440 })
        {
            var page = await portal.NewPageAsync(width);
            foreach (var (name, path) in Pages)
            {
                await page.GotoAsync(portal.BaseUrl + path);
                var file = Path.Combine(folder, $"{name}-{width}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                using var picture = SKBitmap.Decode(file);
                Assert.Equal(width, picture.Width);
                Assert.True(picture.Height >= 900, $"{name} at {width}px is {picture.Height}px tall");
            }
        }
        using var client = new HttpClient();
        var card = Path.Combine(folder, "quote-card.png");
        await File.WriteAllBytesAsync(card, await client.GetByteArrayAsync(portal.BaseUrl + PageTypes.QuotePath + "/card.png"));
        using (var picture = SKBitmap.Decode(card))
        {
            Assert.Equal((1200, 630), (picture.Width, picture.Height));
        }
        output.WriteLine($"Screenshots: {folder}");
    }
}
