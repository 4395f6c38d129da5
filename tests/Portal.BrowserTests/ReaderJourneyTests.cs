using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A reader's visit, in a real browser, clicking what a person clicks.</summary>
public sealed class ReaderJourneyTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private const string Headline = "Pompeo says U.S. and North Korea are moving ‘in the right direction’ toward a summit";

    [Fact]
    public async Task From_the_home_page_to_the_story_its_photos_a_speaker_and_back_through_search_and_the_feed()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();
        Assert.Equal(Headline, await page.Locator("h1").TextContentAsync());

        var figures = page.Locator("figure");
        Assert.Equal(2, await figures.CountAsync());
        Assert.Contains("Photo: Getty via Kyodo", await figures.Nth(0).Locator("figcaption").InnerTextAsync());
        Assert.Contains("Photo: KCNA via UPI and Kyodo", await figures.Nth(1).Locator("figcaption").InnerTextAsync());
        Assert.True(await figures.Nth(0).GetByRole(AriaRole.Img).IsVisibleAsync());

        await page.Locator("a.quote", new() { HasText = "There is no daylight" }).ClickAsync();
        await page.WaitForURLAsync("**/people/mike-pompeo");
        Assert.Equal("Mike Pompeo", await page.Locator("h1").TextContentAsync());
        Assert.Equal(13, await page.Locator(".quote-list blockquote").CountAsync());

        await page.GetByLabel("Search").FillAsync("denuclearization");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=denuclearization");
        Assert.Equal("denuclearization", await page.Locator(".search-results mark").First.TextContentAsync());
        await page.Locator(".search-results a").First.ClickAsync();
        Assert.Equal(Headline, await page.Locator("h1").TextContentAsync());

        var feed = await page.GotoAsync(portal.BaseUrl + "/feed.xml");
        Assert.Equal(200, feed!.Status);
        Assert.Contains(Headline, await feed.TextAsync());
    }

    [Fact]
    public async Task A_credit_link_leads_to_the_agencys_photos()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "KCNA", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/credits/kcna");
        Assert.Equal("Photos from KCNA", await page.Locator("h1").TextContentAsync());
        Assert.Contains("Kim Jong Un, right, and Mike Pompeo", await page.Locator(".credit-list").InnerTextAsync());
    }

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1920)]
    public async Task Pages_fit_the_screen_without_sideways_scrolling(int width)
    {
        var page = await portal.NewPageAsync(width);
        foreach (var path in PageTypes.Paths)
        {
            await page.GotoAsync(portal.BaseUrl + path);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide in a {width}px window");
        }
    }

    [Fact]
    public async Task No_page_logs_an_error_or_breaks_its_content_security_policy()
    {
        var page = await portal.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");

        foreach (var path in PageTypes.Paths.Where(p => !p.StartsWith("/no-such", StringComparison.Ordinal)))
        {
            await page.GotoAsync(portal.BaseUrl + path);
        }

        Assert.Empty(errors);
    }
}
