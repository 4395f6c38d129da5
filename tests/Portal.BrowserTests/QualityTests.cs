using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Every page type is valid HTML (Nu Html Checker) and meets WCAG 2.1 AA as axe-core checks it, in light and dark.</summary>
public sealed class QualityTests(LivePortal portal) : IClassFixture<LivePortal>
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Has_no_accessibility_violations_in_light_and_dark(string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await portal.NewPageAsync(scheme: scheme);
            await page.GotoAsync(portal.BaseUrl + path);

            await Checkers.AssertAccessibleAsync(page, $"{path} ({scheme})");
        }
    }

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        using var client = new HttpClient();
        var pages = new List<(string, string)>();
        foreach (var path in PageTypes.Paths)
        {
            pages.Add((path, await (await client.GetAsync(portal.BaseUrl + path)).Content.ReadAsStringAsync()));
        }

        await Checkers.AssertValidHtmlAsync(pages);
    }
}
