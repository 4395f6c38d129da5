using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The pages that list articles by tag and section, and what other machines read from an article.</summary>
public sealed class ReaderPagesTests
{
    [Fact]
    public async Task Tag_and_section_pages_list_their_articles()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var tag = await client.GetDocumentAsync("/tags/north-korea");
        var section = await client.GetDocumentAsync("/sections/world");

        Assert.Contains("North Korea", tag.QuerySelector("h1")!.TextContent);
        Assert.Single(tag.QuerySelectorAll(".article-list li"));
        Assert.Equal("World", section.QuerySelector("h1")!.TextContent);
        await client.GetDocumentAsync("/tags/no-such-tag", 404);
        await client.GetDocumentAsync("/sections/no-such-section", 404);
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    [InlineData("/?page=abc")]
    [InlineData("/quotes?page=0")]
    [InlineData("/people/mike-pompeo?page=0")]
    [InlineData("/search?q=x&page=0")]
    [InlineData("/people/nobody")]
    [InlineData("/articles/%E2%80%AE")]
    [InlineData("/articles/slug-of-three-hundred-characters-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Invalid_pages_and_unknown_slugs_are_4xx(string url)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync(url);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task The_article_carries_news_article_json_ld_with_people_images_and_quotations()
    {
        using var factory = new PortalFactory();

        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        var graph = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)
            .RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var article = graph.Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("New York", article.GetProperty("dateline").GetString());
        Assert.Equal("World", article.GetProperty("articleSection").GetString());
        Assert.Equal("2018-05-31T16:00:00Z", article.GetProperty("datePublished").GetString());
        Assert.Equal(SeedStory.People, article.GetProperty("mentions").GetArrayLength());
        var images = article.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal("KCNA / UPI / Kyodo", images[1].GetProperty("creditText").GetString());
        Assert.Equal(["KCNA", "UPI", "Kyodo"], images[1].GetProperty("copyrightHolder").EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        var quotations = graph.Where(n => n.GetProperty("@type").GetString() == "Quotation").ToList();
        Assert.Equal(SeedStory.Quotes, quotations.Count);
        Assert.All(quotations, q =>
        {
            Assert.Equal(article.GetProperty("@id").GetString(), q.GetProperty("isPartOf").GetProperty("@id").GetString());
            Assert.Equal(q.GetProperty("creator").GetProperty("@id").GetString(), q.GetProperty("spokenByCharacter").GetProperty("@id").GetString());
        });
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.EndsWith($"/articles/{SeedStory.Slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Related_articles_share_tags_or_people()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "\"We are ready,\" said Secretary Mike Pompeo.", "Pompeo is ready", ArticleStatus.Published);
        await Stories.AddAsync(factory, "Cats sleep a lot.", "Cat news", ArticleStatus.Published);

        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        Assert.Equal(["Pompeo is ready"], page.QuerySelectorAll(".related li").Select(li => li.TextContent.Trim()));
    }
}
