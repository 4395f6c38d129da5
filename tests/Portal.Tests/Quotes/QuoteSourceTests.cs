using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quotes;

/// <summary>A quote's source as data: a person, an organisation, an unnamed source, or not speech; proposed by the importer, kept across edits.</summary>
public sealed class QuoteSourceTests
{
    private const string Wire = """
        TOKYO -- Talks went on into the night.

        "We will respond firmly," the Foreign Ministry said.

        "Talks will resume," said a senior U.S. official.

        Officials stopped using the word "crisis" on Monday.
        """;

    private static List<JsonElement> Quotes(JsonElement article) => article.GetProperty("quotes").EnumerateArray().ToList();

    private static string Kind(JsonElement quote) => quote.GetProperty("source").GetProperty("kind").GetString()!;

    [Fact]
    public async Task The_importer_proposes_an_organisation_an_unnamed_source_and_not_speech_and_readers_see_each_for_what_it_is()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var import = await (await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = Wire, headline = "Talks run late" })).JsonAsync();
        var article = import.GetProperty("article");
        var slug = article.GetProperty("slug").GetString();

        var quotes = Quotes(article);
        Assert.Equal(["organisation", "unnamed", "notSpeech"], quotes.Select(Kind));
        Assert.Equal("Foreign Ministry", quotes[0].GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("a senior U.S. official", quotes[1].GetProperty("source").GetProperty("name").GetString());
        Assert.All(quotes, q => Assert.Equal(JsonValueKind.Null, q.GetProperty("speaker").ValueKind));
        var organisation = await api.GetAsync("/api/organisations/foreign-ministry");
        Assert.Equal(HttpStatusCode.OK, organisation.StatusCode);
        Assert.Equal("Foreign Ministry", (await organisation.JsonAsync()).GetProperty("name").GetString());

        // Every quote is settled, so nothing about the quotes stands in the way of publication.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/articles/{slug}/publish", null)).StatusCode);

        var reader = factory.CreateClient();
        var listed = (await (await reader.GetAsync($"/api/quotes?article={slug}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["We will respond firmly,", "Talks will resume,"], listed.Select(q => q.GetProperty("text").GetString()));
        var byOrganisation = await (await reader.GetAsync("/api/quotes?organisation=foreign-ministry")).JsonAsync();
        Assert.Equal("We will respond firmly,", Assert.Single(byOrganisation.GetProperty("items").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(1, (await (await reader.GetAsync("/api/organisations/foreign-ministry")).JsonAsync()).GetProperty("quotes").GetInt32());

        var page = await reader.GetDocumentAsync($"/articles/{slug}");
        Assert.Equal(["We will respond firmly,", "Talks will resume,"], page.QuerySelectorAll(".quote").Select(q => q.TextContent));
        Assert.Equal("Said by a senior U.S. official", page.QuerySelectorAll(".quote")[1].GetAttribute("title"));
        var graph = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph")
            .EnumerateArray().Where(n => n.GetProperty("@type").GetString() == "Quotation").ToList();
        Assert.Equal(2, graph.Count);
        var creator = graph[0].GetProperty("creator");
        Assert.Equal("Organization", creator.GetProperty("@type").GetString());
        Assert.Equal("Foreign Ministry", creator.GetProperty("name").GetString());
        Assert.False(graph[1].TryGetProperty("creator", out _));

        var ninjs = await (await reader.GetAsync($"/api/articles/{slug}/ninjs")).JsonAsync();
        var quoted = Assert.Single(ninjs.GetProperty("organisations").EnumerateArray());
        Assert.Equal("Foreign Ministry", quoted.GetProperty("name").GetString());
        Assert.Equal("quoted", quoted.GetProperty("rel").GetString());
    }

    [Fact]
    public async Task An_organisation_has_a_page_of_its_quotes_and_renaming_it_shows_at_once_on_the_articles_that_quote_it()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Late talks", body = Wire });
        var slug = (await created.JsonAsync()).GetProperty("slug").GetString();
        await api.PostAsync($"/api/articles/{slug}/publish", null);
        var reader = factory.CreateClient();
        var before = await reader.GetDocumentAsync($"/articles/{slug}");

        var renamed = await api.SendJsonAsync(HttpMethod.Put, "/api/organisations/foreign-ministry", new { name = "Ministry of Foreign Affairs" },
            (await api.GetAsync("/api/organisations/foreign-ministry")).ETag());

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var link = before.QuerySelector("a.quote")!;
        Assert.Equal("/organisations/foreign-ministry", link.GetAttribute("href"));
        Assert.Equal("Said by Foreign Ministry", link.GetAttribute("title"));
        Assert.Equal("Said by Ministry of Foreign Affairs", (await reader.GetDocumentAsync($"/articles/{slug}")).QuerySelector("a.quote")!.GetAttribute("title"));
        var page = await reader.GetDocumentAsync("/organisations/foreign-ministry");
        Assert.Equal("Ministry of Foreign Affairs", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["We will respond firmly,"], page.QuerySelectorAll(".quote-list .quoted").Select(q => q.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/organisations/no-such-body")).StatusCode);
    }

    [Fact]
    public async Task A_patch_gives_the_source_whole_a_put_with_two_sources_is_refused_and_not_speech_survives_an_edit_of_the_body()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Late talks", body = Wire });
        var url = created.Headers.Location!.AbsolutePath;
        var unnamedId = Quotes(await created.JsonAsync())[1].GetProperty("id").GetInt32();
        var quoteUrl = $"/api/quotes/{unnamedId}";
        await api.SendJsonAsync(HttpMethod.Post, "/api/people", new { name = "Aiko Tanaka" });

        var attributed = await api.PatchAsync(quoteUrl, new { speaker = "aiko-tanaka" }, (await api.GetAsync(quoteUrl)).ETag());
        var both = await api.SendJsonAsync(HttpMethod.Put, quoteUrl,
            new { text = "Talks will resume,", speaker = "aiko-tanaka", organisation = "foreign-ministry" }, attributed.ETag());
        var unknown = await api.PatchAsync(quoteUrl, new { organisation = "no-such-body" }, attributed.ETag());
        var notSpeech = await api.PatchAsync(quoteUrl, new { isNotSpeech = true }, attributed.ETag());

        var person = await attributed.JsonAsync();
        Assert.Equal("person", Kind(person));
        Assert.Equal("aiko-tanaka", person.GetProperty("speaker").GetProperty("slug").GetString());
        var refused = await both.ProblemAsync(400);
        Assert.Contains("one source at most", refused.GetProperty("errors").GetProperty("speaker")[0].GetString());
        Assert.Contains("No organisation", (await unknown.ProblemAsync(400)).GetProperty("errors").GetProperty("organisation")[0].GetString());
        Assert.Equal("notSpeech", Kind(await notSpeech.JsonAsync()));

        var edited = await api.PatchAsync(url, new { body = Wire + "\n\n\"We are ready,\" said a senior U.S. official." }, (await api.GetAsync(url)).ETag());

        var saved = Quotes(await edited.JsonAsync());
        Assert.Equal(["organisation", "notSpeech", "notSpeech", "unnamed"], saved.Select(Kind));
        Assert.Equal(unnamedId, saved[1].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Deleting_an_organisation_leaves_its_quotes_open_for_an_editor_to_settle()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Late talks", body = Wire });
        var url = created.Headers.Location!.AbsolutePath;

        var deleted = await api.DeleteAsync("/api/organisations/foreign-ministry", (await api.GetAsync("/api/organisations/foreign-ministry")).ETag());
        var published = await api.PostAsync($"{url}/publish", null);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("open", Kind(Quotes(await (await api.GetAsync(url)).JsonAsync())[0]));
        Assert.Contains("needs a source", (await published.Content.ReadAsStringAsync()));
    }
}
