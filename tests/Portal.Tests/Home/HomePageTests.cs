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

    [Fact]
    public async Task The_lead_story_shows_its_photo_large_and_the_stories_below_show_theirs_as_thumbnails_without_repeating_them_to_screen_readers()
    {
        using var factory = new PortalFactory();
        var (older, photo) = await Photos.StoryWithPhotoFileAsync(factory, altText: "Two ferries at a quay");
        var reader = factory.CreateClient();
        var newest = await Stories.AddAsync(factory, $"BERGEN -- The ferries ran again.\n\n{{photo {photo.GetProperty("id").GetInt32()}}}", "Ferries run again",
            Portal.Data.Articles.ArticleStatus.Published, DateTime.UtcNow);

        var home = await reader.GetDocumentAsync("/");
        var listed = (await (await reader.GetAsync("/api/articles")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("slug").GetString() == older);

        var lead = home.QuerySelector(".lead-story .lead-photo img")!;
        Assert.Equal("Two ferries at a quay", lead.GetAttribute("alt"));
        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        Assert.Equal($"/articles/{newest}", home.QuerySelector(".lead-story h2 a")!.GetAttribute("href"));
        var thumbnail = home.QuerySelectorAll(".article-list li").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == $"/articles/{older}")
            .QuerySelector(".thumbnail-photo img")!;
        Assert.Equal("", thumbnail.GetAttribute("alt"));
        Assert.Equal("lazy", thumbnail.GetAttribute("loading"));
        Assert.Equal(photo.GetProperty("url").GetString(), listed.GetProperty("leadPhoto").GetProperty("url").GetString());
        Assert.Equal(40, listed.GetProperty("leadPhoto").GetProperty("width").GetInt32());
    }

    [Fact]
    public async Task The_masthead_links_to_the_sections_with_published_stories_and_not_to_a_drafts()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles",
            new { headline = "Oslo wins the cup", section = "Sport", body = "Oslo won the cup on Sunday." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/articles/oslo-wins-the-cup/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles",
            new { headline = "Budget talks begin", section = "Business", body = "Budget talks began on Monday." })).StatusCode);

        var home = await factory.CreateClient().GetDocumentAsync("/");

        var sections = home.QuerySelectorAll(".site-header nav a[href^='/sections/']").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Sport", "/sections/sport"), sections);
        Assert.Contains(("World", "/sections/world"), sections);
        Assert.DoesNotContain(sections, s => s.TextContent == "Business");
    }
}
