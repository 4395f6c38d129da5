using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.People;

/// <summary>A person's page: what they said, each quote linked to its place in the story.</summary>
public sealed class PersonPageTests
{
    [Fact]
    public async Task A_person_page_lists_what_they_said_each_linked_to_its_place()
    {
        using var factory = new PortalFactory();

        var page = await factory.CreateClient().GetDocumentAsync("/people/donald-trump");

        Assert.Equal("Donald Trump", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("President", page.QuerySelector(".standfirst")!.TextContent);
        var quote = Assert.Single(page.QuerySelectorAll(".quote-list li"));
        // The quoted words with typographic marks, in the sentence the story gave them, linked to their place.
        Assert.Equal("seeing what’s in the letter.", quote.QuerySelector("blockquote .quoted")!.TextContent);
        Assert.StartsWith("He also said he expects to receive a letter", quote.QuerySelector("blockquote")!.TextContent);
        Assert.Matches("^/quotes/\\d+$", quote.QuerySelector("a.quoted")!.GetAttribute("href"));
        Assert.Equal($"/articles/{SeedStory.Slug}", quote.QuerySelector(".quote-article a")!.GetAttribute("href"));
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
        Assert.Equal(SeedStory.PompeoQuotes + 1, quotes.Count);
        Assert.Equal("“A later remark,” said Secretary Mike Pompeo.", quotes[0]);
        // One line names each article once, above its quotes.
        Assert.Equal(["Later story", SeedStory.Headline], page.QuerySelectorAll(".quote-article a").Select(a => a.TextContent));
    }
}
