using System.Net;
using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The articles API as a developer meets it: camelCase JSON and problem details for errors.</summary>
public sealed class ArticlesApiTests
{
    [Fact]
    public async Task Lists_published_articles_with_paging_and_a_total()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "One.", "First of mine", ArticleStatus.Published);
        await Stories.AddAsync(factory, "Two.", "Hidden draft", ArticleStatus.Draft);
        var client = factory.CreateClient();

        using var page = await Json(client, "/api/articles?page=2&pageSize=1");

        var root = page.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("page").GetInt32());
        Assert.Equal(1, root.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(SeedStory.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("2018-05-31T16:00:00Z", item.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task A_full_text_total_counts_only_what_readers_can_see()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "A zebra crossed the square.", "Zebra one", ArticleStatus.Published);
        await Stories.AddAsync(factory, "Zebras again, in a park.", "Zebra two", ArticleStatus.Published);
        await Stories.AddAsync(factory, "A zebra in a draft.", "Zebra draft", ArticleStatus.Draft);
        await Stories.AddAsync(factory, "A zebra next week.", "Zebra scheduled", ArticleStatus.Published, DateTime.UtcNow.AddDays(7));
        await Stories.AddAsync(factory, "A giraffe, nothing else.", "Giraffe", ArticleStatus.Published);

        using var page = await Json(factory.CreateClient(), "/api/articles?q=zebra&pageSize=1");

        Assert.Equal(2, page.RootElement.GetProperty("total").GetInt32());
        Assert.StartsWith("Zebra", Assert.Single(page.RootElement.GetProperty("items").EnumerateArray()).GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("/api/articles?pageSize=101", "pageSize")]
    [InlineData("/api/articles?pageSize=0", "pageSize")]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?page=abc", "page")]
    public async Task Bad_paging_is_a_validation_problem_naming_the_field(string url, string field)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Returns_the_article_with_blocks_people_quotes_and_credit_chains()
    {
        using var factory = new PortalFactory();

        using var document = await Json(factory.CreateClient(), $"/api/articles/{SeedStory.Slug}");

        var article = document.RootElement;
        Assert.Equal("published", article.GetProperty("status").GetString());
        Assert.Equal("New York", article.GetProperty("dateline").GetString());
        var blocks = article.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(19, blocks.Count);
        Assert.Equal(Enumerable.Range(0, 19), blocks.Select(b => b.GetProperty("position").GetInt32()));
        var figures = blocks.Where(b => b.GetProperty("type").GetString() == "figure").Select(b => b.GetProperty("image")).ToList();
        Assert.Equal(["Getty", "Kyodo"], figures[0].GetProperty("credit").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["kcna", "upi", "kyodo"], figures[1].GetProperty("credit").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        Assert.Equal("KCNA / UPI / Kyodo", figures[1].GetProperty("creditLine").GetString());

        var people = article.GetProperty("people").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("role").GetString());
        Assert.Equal("quoted", people["Mike Pompeo"]);
        Assert.Equal("quoted", people["Donald Trump"]);
        Assert.Equal("mentioned", people["Kim Yong Chol"]);
        Assert.Equal("mentioned", people["Kim Jong Un"]);

        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(SeedStory.Quotes, quotes.Count);
        var trump = Assert.Single(quotes, q => q.GetProperty("speaker").GetProperty("slug").GetString() == "donald-trump");
        Assert.Equal("seeing what's in the letter.", trump.GetProperty("text").GetString());
        Assert.True(trump.GetProperty("isFragment").GetBoolean());
        Assert.Equal(6, trump.GetProperty("blockPosition").GetInt32());
    }

    [Fact]
    public async Task An_unknown_or_unpublished_slug_is_a_404_problem()
    {
        using var factory = new PortalFactory();
        var draft = await Stories.AddAsync(factory, "Secret.", "A draft", ArticleStatus.Draft);
        var client = factory.CreateClient();

        foreach (var slug in new[] { "no-such-article", draft })
        {
            var response = await client.GetAsync($"/api/articles/{slug}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Secret", body);
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_not_an_html_page()
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Getting_an_article_reads_the_database_once()
    {
        using var factory = new PortalFactory { Settings = { ["Portal:OutputCache:Enabled"] = "false" } };
        var client = factory.CreateClient();
        await client.GetAsync($"/api/articles/{SeedStory.Slug}");
        factory.Commands.Clear();

        using var _ = await Json(client, $"/api/articles/{SeedStory.Slug}");

        Assert.Contains("json_", Assert.Single(factory.Commands.Sent));
    }

    [Fact]
    public async Task A_cached_article_is_served_without_the_database_until_a_write_evicts_it()
    {
        using var factory = new PortalFactory();
        var reader = factory.CreateClient();
        var api = await factory.EditorApiAsync();
        var first = await reader.GetAsync($"/api/articles/{SeedStory.Slug}");
        factory.Commands.Clear();

        var cached = await reader.GetAsync($"/api/articles/{SeedStory.Slug}");
        Assert.Empty(factory.Commands.Sent);
        Assert.Equal(first.ETag(), cached.ETag());

        var edited = await api.PatchAsync($"/api/articles/{SeedStory.Slug}", new { standfirst = "A new standfirst." }, first.ETag());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var fresh = await reader.GetAsync($"/api/articles/{SeedStory.Slug}");
        Assert.Equal(edited.ETag(), fresh.ETag());
        Assert.Equal("A new standfirst.", (await fresh.JsonAsync()).GetProperty("standfirst").GetString());
    }

    [Fact]
    public async Task Swagger_describes_both_endpoints()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        using var openApi = await Json(client, "/swagger/v1/swagger.json");
        var ui = await client.GetAsync("/swagger/index.html");

        var paths = openApi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/articles", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{slug}", out var one));
        Assert.True(one.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    private static async Task<JsonDocument> Json(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
