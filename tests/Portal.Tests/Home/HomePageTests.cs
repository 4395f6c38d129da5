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
}
