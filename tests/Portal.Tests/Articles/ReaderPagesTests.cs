using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The pages that make people, quotes and credits browsable, and what other machines read from them.</summary>
public sealed class ReaderPagesTests
{
    [Fact]
    public async Task A_person_page_lists_what_they_said_each_linked_to_its_place()
    {
        using var factory = new PortalFactory();

        var page = await factory.CreateClient().GetDocumentAsync("/people/donald-trump");

        Assert.Equal("Donald Trump", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("President", page.QuerySelector(".standfirst")!.TextContent);
        var quote = Assert.Single(page.QuerySelectorAll(".quote-list li"));
        Assert.Equal("seeing what's in the letter.", quote.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Matches($"^/articles/{SeedStory.Slug}#quote-\\d+$", quote.QuerySelector(".meta a")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("section:last-of-type .article-list li"));
        var person = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("President", person.GetProperty("jobTitle").GetString());
    }

    [Fact]
    public async Task Quotes_newest_first_on_the_person_page()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "\"A later remark,\" said Secretary Mike Pompeo.", "Later story", ArticleStatus.Published);

        var page = await factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");

        var quotes = page.QuerySelectorAll(".quote-list blockquote").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(14, quotes.Count);
        Assert.Equal("A later remark,", quotes[0]);
    }

    [Fact]
    public async Task The_quotes_page_filters_by_speaker_and_words()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var all = await client.GetDocumentAsync("/quotes");
        var trump = await client.GetDocumentAsync("/quotes?speaker=donald-trump");
        var words = await client.GetDocumentAsync("/quotes?q=NORTH+korea");
        var wildcard = await client.GetDocumentAsync("/quotes?q=%25_");

        Assert.Equal(14, all.QuerySelectorAll(".quote-list li").Length);
        Assert.Equal("seeing what's in the letter.", Assert.Single(trump.QuerySelectorAll(".quote-list blockquote")).TextContent.Trim());
        Assert.Equal(3, words.QuerySelectorAll(".quote-list li").Length);
        Assert.Empty(wildcard.QuerySelectorAll(".quote-list li"));
        Assert.Equal("donald-trump", trump.QuerySelector("#speaker option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_credit_page_shows_the_agencys_photos_with_their_chains()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var kyodo = await client.GetDocumentAsync("/credits/kyodo");
        var kcna = await client.GetDocumentAsync("/credits/kcna");

        Assert.Equal(2, kyodo.QuerySelectorAll(".credit-list > li").Length);
        var photo = Assert.Single(kcna.QuerySelectorAll(".credit-list > li"));
        Assert.Contains("Kim Jong Un, right, and Mike Pompeo", photo.TextContent);
        Assert.Equal(["/credits/kcna", "/credits/upi", "/credits/kyodo"], photo.QuerySelectorAll(".credit a").Select(a => a.GetAttribute("href")));
        await client.GetDocumentAsync("/credits/reuters", 404);
    }

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

    [Fact]
    public async Task Search_ranks_highlights_and_pages()
    {
        using var factory = new PortalFactory();
        for (var i = 1; i <= 3; i++)
        {
            await Stories.AddAsync(factory, $"Volcano number {i} erupted near the village.", $"Eruption report {i}", ArticleStatus.Published);
        }
        await Stories.AddAsync(factory, "Flights resumed.", "Volcano ash clears", ArticleStatus.Published);
        await Stories.AddAsync(factory, "A volcano draft.", "Volcano draft", ArticleStatus.Draft);
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/search?q=volcano");
        var quotes = await client.GetDocumentAsync("/search?q=denuclearization");
        var prefix = await client.GetDocumentAsync("/search?q=denucl");

        var headlines = page.QuerySelectorAll(".search-results h2").Select(h => h.TextContent).ToList();
        Assert.Equal(4, headlines.Count);
        Assert.Equal("Volcano ash clears", headlines[0]);
        Assert.DoesNotContain("Volcano draft", headlines);
        Assert.All(page.QuerySelectorAll(".search-results mark"), m => Assert.Equal("volcano", m.TextContent, ignoreCase: true));
        Assert.Single(quotes.QuerySelectorAll(".search-results li"));
        Assert.Single(prefix.QuerySelectorAll(".search-results li"));
    }

    [Theory]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/search?q=%22%20OR%20*%20NEAR(")]
    [InlineData("/search?q=%00%01%02")]
    [InlineData("/search?q=")]
    public async Task Odd_search_terms_get_a_safe_page_never_an_error(string url)
    {
        using var factory = new PortalFactory();

        var page = await factory.CreateClient().GetDocumentAsync(url);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll(".search-results li"));
    }

    [Fact]
    public async Task An_overlong_search_is_cut_and_echoed_encoded()
    {
        using var factory = new PortalFactory();
        var term = "<b>" + new string('x', 5_000);

        var page = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(term));

        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Contains("<b>xxx", page.QuerySelector("main")!.TextContent);
        Assert.Equal(200, page.QuerySelector("#site-search-q")!.GetAttribute("value")!.Length);
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
        Assert.Equal(4, article.GetProperty("mentions").GetArrayLength());
        var images = article.GetProperty("image").EnumerateArray().ToList();
        Assert.Equal("KCNA / UPI / Kyodo", images[1].GetProperty("creditText").GetString());
        Assert.Equal(["KCNA", "UPI", "Kyodo"], images[1].GetProperty("copyrightHolder").EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        var quotations = graph.Where(n => n.GetProperty("@type").GetString() == "Quotation").ToList();
        Assert.Equal(14, quotations.Count);
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
