using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>What a reader's browser receives for an article page.</summary>
public sealed class ArticlePageTests
{
    [Fact]
    public async Task The_seed_article_shows_its_body_in_order_with_both_figures_and_their_credits()
    {
        using var factory = new PortalFactory();
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        Assert.Equal(SeedStory.Headline, page.QuerySelector("h1")!.TextContent);
        var body = page.QuerySelectorAll(".article-body > p, .article-body > figure").Select(e => e.LocalName).ToList();
        Assert.Equal(19, body.Count);
        Assert.Equal("figure", body[5]);
        Assert.Equal("figure", body[13]);
        var captions = page.QuerySelectorAll("figcaption").Select(c => c.TextContent).ToList();
        Assert.Contains("Mike Pompeo, center, arrives for a news conference", captions[0]);
        Assert.Contains("Photo: Getty via Kyodo", captions[0]);
        Assert.Contains("Kim Jong Un, right, and Mike Pompeo", captions[1]);
        Assert.Contains("Photo: KCNA via UPI and Kyodo", captions[1]);
    }

    [Fact]
    public async Task The_body_has_typographic_marks_and_names_each_source_beside_its_first_quote()
    {
        using var factory = new PortalFactory();
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        var paragraphs = page.QuerySelectorAll(".article-body > p").Select(p => p.TextContent).ToList();
        Assert.DoesNotContain(paragraphs, p => p.Contains('"'));
        Assert.Contains(paragraphs, p => p.Contains("“I have been very clear") && p.Contains("United States’ objective"));
        Assert.Equal(["Quoted: Mike Pompeo", "Quoted: Donald Trump"], page.QuerySelectorAll(".said-by").Select(s => s.TextContent));
        // Each note stands in the paragraph of that speaker's first quote.
        var firstPompeo = page.QuerySelector(".said-by")!.ParentElement!;
        Assert.Same(firstPompeo, page.QuerySelector("a.quote[href='/people/mike-pompeo']")!.ParentElement);
    }

    [Fact]
    public async Task A_photo_without_a_file_is_an_accessible_placeholder_not_a_broken_image()
    {
        using var factory = new PortalFactory();
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        Assert.Empty(page.QuerySelectorAll("figure img"));
        var placeholders = page.QuerySelectorAll("figure [role=img]");
        Assert.Equal(SeedStory.Photos, placeholders.Length);
        Assert.All(placeholders, p => Assert.StartsWith("Photo not available: ", p.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Every_quote_is_marked_in_the_text_and_the_people_are_listed()
    {
        using var factory = new PortalFactory();
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        var quotes = page.QuerySelectorAll(".article-body .quote");
        Assert.Equal(SeedStory.Quotes, quotes.Length);
        Assert.Equal("seeing what’s in the letter.", Assert.Single(quotes, q => q.GetAttribute("title") == "Said by Donald Trump").TextContent);
        var people = page.QuerySelectorAll(".people li").Select(li => li.TextContent).ToList();
        Assert.Equal(SeedStory.People, people.Count);
        Assert.Contains(people, p => p.Contains("Mike Pompeo") && p.Contains("U.S. Secretary of State") && p.Contains("quoted"));
        Assert.Contains(people, p => p.Contains("Kim Yong Chol") && p.Contains("mentioned"));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.Scheduled)]
    public async Task Drafts_and_scheduled_articles_are_not_shown_to_readers(ArticleStatus status)
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, "Not yet.", "Embargoed story", status, DateTime.UtcNow.AddDays(1));
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/articles/{slug}", 404);
        var home = await client.GetDocumentAsync("/");

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/articles/{slug}");
    }

    [Fact]
    public async Task Text_from_the_store_is_encoded_never_run_as_markup()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory,
            "<script>alert(1)</script> \"<img src=x onerror=alert(2)>\" said Mayor Anna Berg.\n\n(<b>caption</b>)\n[<i>Agency</i>]",
            "<em>Headline</em>", ArticleStatus.Published);

        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{slug}");

        Assert.Equal("<em>Headline</em>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main img, main b, main i, h1 em"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".article-body > p")!.TextContent);
    }

    [Fact]
    public async Task Unknown_pages_get_the_friendly_not_found_page()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var missingArticle = await client.GetDocumentAsync("/articles/no-such-story", 404);
        var missingPage = await client.GetDocumentAsync("/no/such/page", 404);
        var pastTheEnd = await client.GetDocumentAsync("/?page=99", 404);

        Assert.All([missingArticle, missingPage, pastTheEnd], page =>
            Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent));
    }

    [Fact]
    public async Task Without_the_cache_the_article_page_reads_the_database_once()
    {
        using var factory = new PortalFactory { Settings = { ["Portal:OutputCache:Enabled"] = "false" } };
        var client = factory.CreateClient();
        await client.GetAsync($"/articles/{SeedStory.Slug}");
        factory.Commands.Clear();

        await client.GetDocumentAsync($"/articles/{SeedStory.Slug}");

        Assert.Contains("json_", Assert.Single(factory.Commands.Sent));
    }
}
