using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.People;

/// <summary>People and quotes through the API: who said what, paged, with Link headers and open to any origin for reading.</summary>
public sealed class PeopleApiTests
{
    [Fact]
    public async Task Lists_people_by_name_with_a_total_and_page_links()
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync("/api/people?pageSize=3&page=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SeedStory.People, body.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["Donald Trump", "Kim Jong Un", "Kim Yong Chol"],
            body.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var links = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("</api/people?pageSize=3&page=2>; rel=\"next\"", links);
        Assert.Contains("</api/people?pageSize=3&page=2>; rel=\"last\"", links);
        Assert.DoesNotContain("rel=\"prev\"", links);
    }

    [Theory]
    [InlineData("pomp", new[] { "Mike Pompeo" })]
    [InlineData("KIM", new[] { "Kim Jong Un", "Kim Yong Chol" })]
    [InlineData("yong", new[] { "Kim Yong Chol" })]
    [InlineData("ompeo", new string[0])]
    [InlineData("100%", new string[0])]
    public async Task Q_finds_the_people_whose_name_or_a_word_of_it_starts_with_it(string q, string[] names)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync("/api/people?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(names, body.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(names.Length, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_search_longer_than_a_name_is_refused_as_a_problem()
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync("/api/people?q=" + new string('a', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_person_and_what_they_said()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        using var person = JsonDocument.Parse(await client.GetStringAsync("/api/people/mike-pompeo"));
        using var quotes = JsonDocument.Parse(await client.GetStringAsync("/api/people/donald-trump/quotes"));
        var missing = await client.GetAsync("/api/people/nobody");
        var missingQuotes = await client.GetAsync("/api/people/nobody/quotes");

        Assert.Equal("U.S. Secretary of State", person.RootElement.GetProperty("title").GetString());
        Assert.False(person.RootElement.TryGetProperty("id", out _));
        var quote = Assert.Single(quotes.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("seeing what's in the letter.", quote.GetProperty("text").GetString());
        Assert.Equal(SeedStory.Slug, quote.GetProperty("article").GetProperty("slug").GetString());
        Assert.StartsWith($"/articles/{SeedStory.Slug}#quote-", quote.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missingQuotes.StatusCode);
    }

    [Fact]
    public async Task Quotes_by_speaker_and_words()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?pageSize=100"));
        using var pompeo = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?speaker=mike-pompeo&q=korea"));
        var tooLong = await client.GetAsync("/api/quotes?q=" + new string('x', 201));

        Assert.Equal(SeedStory.Quotes, all.RootElement.GetProperty("total").GetInt32());
        Assert.All(pompeo.RootElement.GetProperty("items").EnumerateArray(), q =>
        {
            Assert.Equal("mike-pompeo", q.GetProperty("speaker").GetProperty("slug").GetString());
            Assert.Contains("Korea", q.GetProperty("text").GetString());
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Any_origin_may_read_and_none_may_write()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/people");
        read.Headers.Add("Origin", "https://elsewhere.example");
        var readResponse = await client.SendAsync(read);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/people");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var preflightResponse = await client.SendAsync(preflight);

        Assert.Equal("*", Assert.Single(readResponse.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(readResponse.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Methods")
            && preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("POST")));
    }
}
