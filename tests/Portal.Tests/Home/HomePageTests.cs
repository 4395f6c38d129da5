using System.Net;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Home;

/// <summary>The home page: the latest published articles.</summary>
public sealed class HomePageTests
{
    [Fact]
    public async Task Home_lists_published_articles_newest_first_with_links()
    {
        using var factory = new PortalFactory();
        var newer = await Stories.AddAsync(factory, "Rain fell all day in Oslo.", "Rain in Oslo", ArticleStatus.Published);
        var client = factory.CreateClient();

        var home = await client.GetDocumentAsync("/");

        var links = home.QuerySelectorAll("main h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{newer}", $"/articles/{SeedStory.Slug}"], links);
    }

    [Fact]
    public async Task Who_said_what_names_the_most_quoted_people_with_their_newest_words()
    {
        using var factory = new PortalFactory();

        var home = await factory.CreateClient().GetDocumentAsync("/");

        var strip = home.QuerySelectorAll(".who-said-what li").ToList();
        Assert.Equal(["Mike Pompeo", "Donald Trump"], strip.Select(li => li.QuerySelector(".speaker")!.TextContent));
        Assert.All(strip, li => Assert.Matches("^/quotes/\\d+$", li.QuerySelector("q a")!.GetAttribute("href")));
        // The words without the wire's trailing comma, with typographic apostrophes.
        Assert.Equal("seeing what’s in the letter.", strip[1].QuerySelector("q")!.TextContent);
        Assert.DoesNotContain(strip, li => li.QuerySelector("q")!.TextContent.EndsWith(','));
    }

    [Fact]
    public async Task The_site_has_a_favicon_and_a_web_app_manifest()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var icon = await client.GetAsync("/favicon.ico");
        var manifest = await client.GetAsync("/site.webmanifest");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Portal", (await manifest.JsonAsync()).GetProperty("name").GetString());
    }
}
