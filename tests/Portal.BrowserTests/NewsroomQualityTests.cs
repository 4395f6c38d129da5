using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Every kind of newsroom page, signed in as an editor, is valid HTML and meets WCAG 2.1 AA in light and dark.</summary>
public sealed class NewsroomQualityTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private static readonly string[] Paths =
    [
        "/admin",
        "/admin/articles",
        "/admin/articles/new",
        "/admin/import",
        PageTypes.ArticlePath.Replace("/articles/", "/admin/articles/") + "/edit",
        PageTypes.ArticlePath.Replace("/articles/", "/admin/articles/") + "/history",
        PageTypes.ArticlePath.Replace("/articles/", "/admin/articles/") + "/delete",
        "/admin/people",
        "/admin/people/new",
        "/admin/people/mike-pompeo/edit",
        "/admin/quotes",
        "/admin/agencies",
        "/admin/agencies/kyodo/edit",
        "/admin/photos",
        "/admin/photos/new",
        "/admin/tokens",
        "/admin/password",
        "/admin/profile",
    ];

    [Fact]
    public async Task Every_newsroom_page_type_is_valid_and_accessible()
    {
        await portal.CreateEditorAsync("checker@example.com");
        var page = await portal.SignedInPageAsync("checker@example.com");
        await page.GotoAsync(portal.BaseUrl + "/admin/quotes");
        var quote = await page.Locator("td a[href^='/admin/quotes/']").First.GetAttributeAsync("href");
        var pages = new List<(string, string)>();

        foreach (var path in Paths.Append(quote!))
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                var response = await page.GotoAsync(portal.BaseUrl + path);
                Assert.Equal(200, response!.Status);
                await Checkers.AssertAccessibleAsync(page, $"{path} ({scheme})");
            }
            pages.Add((path, await (await page.APIRequest.GetAsync(portal.BaseUrl + path)).TextAsync()));
        }

        await Checkers.AssertValidHtmlAsync(pages);
    }

    [Fact]
    public async Task An_author_page_made_through_the_profile_form_is_valid_and_accessible_and_its_byline_link_works()
    {
        await portal.CreateEditorAsync("author@example.com");
        var page = await portal.SignedInPageAsync("author@example.com");
        await page.GotoAsync(portal.BaseUrl + "/admin/profile");
        await page.GetByLabel("Name, as bylines print it").FillAsync("Ana Checker");
        await page.GetByLabel("Short biography").FillAsync("Ana checks the newsroom's pages.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        Assert.StartsWith("Saved.", await page.Locator(".notice").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "/authors/ana-checker" }).ClickAsync();
        Assert.Equal("Ana Checker", await page.Locator("h1").InnerTextAsync());
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await Checkers.AssertAccessibleAsync(page, $"/authors/ana-checker ({scheme})");
        }
        await Checkers.AssertValidHtmlAsync([("/authors/ana-checker", await (await page.APIRequest.GetAsync(portal.BaseUrl + "/authors/ana-checker")).TextAsync())]);
    }

    [Fact]
    public async Task Every_newsroom_page_fits_a_phone_without_scrolling_sideways()
    {
        await portal.CreateEditorAsync("phone@example.com");
        var page = await portal.SignedInPageAsync("phone@example.com");
        await page.SetViewportSizeAsync(390, 844);
        var overflowing = new List<string>();

        foreach (var path in Paths)
        {
            await page.GotoAsync(portal.BaseUrl + path);
            // Wide tables scroll inside their own box; the page itself never does.
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390)
            {
                // The first element past the edge outside a table's own scrolling box, to say where to look.
                var culprit = await page.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391 && !e.parentElement.closest('.table-scroll')).map(e => e.tagName + '.' + e.className)[0] ?? 'something absolutely placed'");
                overflowing.Add($"{path}: {width} px ({culprit})");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }
}
