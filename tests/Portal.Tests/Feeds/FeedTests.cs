using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>Feeds read by a real feed parser, sitemaps read as XML, robots.txt pointing at both.</summary>
public sealed class FeedTests
{
    [Theory]
    [InlineData("/feed.xml", "application/rss+xml")]
    [InlineData("/atom.xml", "application/atom+xml")]
    [InlineData("/tags/north-korea/feed.xml", "application/rss+xml")]
    [InlineData("/people/mike-pompeo/feed.xml", "application/rss+xml")]
    public async Task Feeds_parse_and_link_to_the_article(string url, string contentType)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        var item = Assert.Single(feed.Items);
        Assert.Equal(SeedStory.Headline, item.Title.Text);
        Assert.EndsWith($"/articles/{SeedStory.Slug}", item.Links[0].Uri.ToString());
        Assert.Equal(new DateTimeOffset(2018, 5, 31, 16, 0, 0, TimeSpan.Zero), item.PublishDate);
    }

    [Fact]
    public async Task Feeds_leave_out_drafts_and_other_tags()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "Hidden.", "A draft", ArticleStatus.Draft);
        await Stories.AddAsync(factory, "Visible.", "Newer story", ArticleStatus.Published);
        var client = factory.CreateClient();

        var site = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/feed.xml")));
        var tag = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/tags/north-korea/feed.xml")));

        Assert.Equal(["Newer story", SeedStory.Headline],
            site.Items.Select(i => i.Title.Text));
        Assert.Single(tag.Items);
        Assert.Equal(404, (int)(await client.GetAsync("/people/nobody/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_published_articles_and_the_news_sitemap_the_last_two_days()
    {
        using var factory = new PortalFactory();
        var fresh = await Stories.AddAsync(factory, "Just in.", "Breaking story", ArticleStatus.Published);
        var client = factory.CreateClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var news = XDocument.Parse(await client.GetStringAsync("/news-sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace newsNs = "http://www.google.com/schemas/sitemap-news/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith($"/articles/{SeedStory.Slug}"));
        Assert.Contains(locations, l => l.EndsWith($"/articles/{fresh}"));
        var entry = Assert.Single(news.Descendants(ns + "url"));
        Assert.EndsWith($"/articles/{fresh}", entry.Element(ns + "loc")!.Value);
        Assert.Equal("Breaking story", entry.Descendants(newsNs + "title").Single().Value);
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemaps()
    {
        using var factory = new PortalFactory();

        var robots = await factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.Matches(@"Sitemap: http://localhost/sitemap\.xml", robots);
        Assert.Contains("/news-sitemap.xml", robots);
    }
}
