using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The search page: ranked, highlighted, paged, and safe with any input.</summary>
public sealed class SearchPageTests
{
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

    [Fact]
    public async Task Search_finds_people_by_name_and_quotes_by_their_words_above_the_articles()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var person = await client.GetDocumentAsync("/search?q=pomp");
        var words = await client.GetDocumentAsync("/search?q=irreversible+denuclearization");

        Assert.Equal(["/people/mike-pompeo"], person.QuerySelectorAll(".search-people a").Select(a => a.GetAttribute("href")));
        var quote = Assert.Single(words.QuerySelectorAll(".search-quotes li"));
        Assert.StartsWith("I have been very clear", quote.QuerySelector("q")!.TextContent);
        Assert.Contains("Mike Pompeo", quote.QuerySelector(".meta")!.TextContent);
        Assert.Single(words.QuerySelectorAll(".search-results li"));
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
}
