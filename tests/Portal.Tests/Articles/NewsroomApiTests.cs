using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>People, agencies, photos and quotes written through the API, as a newsroom system would fix up an imported story.</summary>
public sealed class NewsroomApiTests
{
    private const string Wire = """
        TOKYO -- Talks went on into the night.

        "There is more to do," an official said.

        (Delegates arrive for the talks)
        [UPI/KCNA]
        """;

    [Fact]
    public async Task An_imported_story_is_fixed_up_through_the_api_and_published()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var import = await (await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = Wire, headline = "Talks run late" })).JsonAsync();
        var article = import.GetProperty("article");
        var slug = article.GetProperty("slug").GetString();
        var imageId = article.GetProperty("blocks")[2].GetProperty("image").GetProperty("id").GetInt32();
        var quoteId = article.GetProperty("quotes")[0].GetProperty("id").GetInt32();

        var person = await api.SendJsonAsync(HttpMethod.Post, "/api/people", new { name = "Aiko Tanaka", title = "Foreign ministry spokeswoman" });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal("aiko-tanaka", (await person.JsonAsync()).GetProperty("slug").GetString());

        var quote = await api.GetAsync($"/api/quotes/{quoteId}");
        var attributed = await api.PatchAsync($"/api/quotes/{quoteId}", new { speaker = "aiko-tanaka" }, quote.ETag());
        Assert.Equal(HttpStatusCode.OK, attributed.StatusCode);

        var image = await api.GetAsync($"/api/images/{imageId}");
        var described = await api.PatchAsync($"/api/images/{imageId}",
            new { altText = "Delegates walking into a hall", credit = new[] { "KCNA", "UPI" }, noImageAvailable = true }, image.ETag());
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        Assert.Equal("KCNA / UPI", (await described.JsonAsync()).GetProperty("creditLine").GetString());

        var published = await api.PostAsync($"/api/articles/{slug}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var page = await factory.CreateClient().GetStringAsync($"/articles/{slug}");
        Assert.Contains("/people/aiko-tanaka", page);
        Assert.Contains("Delegates walking into a hall", page);
        var quotes = await (await factory.CreateClient().GetAsync($"/api/quotes?speaker=aiko-tanaka&article={slug}")).JsonAsync();
        Assert.Equal("There is more to do,", quotes.GetProperty("items")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Editing_the_body_keeps_the_speaker_an_editor_chose()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Late talks", body = Wire });
        var article = await created.JsonAsync();
        var quoteId = article.GetProperty("quotes")[0].GetProperty("id").GetInt32();
        await api.SendJsonAsync(HttpMethod.Post, "/api/people", new { name = "Aiko Tanaka" });
        await api.PatchAsync($"/api/quotes/{quoteId}", new { speaker = "aiko-tanaka" }, (await api.GetAsync($"/api/quotes/{quoteId}")).ETag());
        var url = created.Headers.Location!.AbsolutePath;

        var edited = await api.PatchAsync(url, new { body = Wire + "\n\nThe talks resume on Monday." }, (await api.GetAsync(url)).ETag());

        var saved = await edited.JsonAsync();
        Assert.Equal("aiko-tanaka", saved.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("slug").GetString());
        var people = saved.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("slug").GetString());
        Assert.Contains("aiko-tanaka", people);
    }

    [Fact]
    public async Task Quotes_must_be_words_of_the_article_and_speakers_must_exist()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Late talks", body = Wire });

        var notThere = await api.SendJsonAsync(HttpMethod.Post, "/api/quotes", new { article = "late-talks", text = "words nobody wrote" });
        var noSpeaker = await api.SendJsonAsync(HttpMethod.Post, "/api/quotes", new { article = "late-talks", text = "Talks went on", speaker = "nobody-at-all" });
        var fine = await api.SendJsonAsync(HttpMethod.Post, "/api/quotes", new { article = "late-talks", text = "Talks went on", isFragment = true });

        Assert.True((await notThere.ProblemAsync(400)).GetProperty("errors").TryGetProperty("text", out _));
        Assert.True((await noSpeaker.ProblemAsync(400)).GetProperty("errors").TryGetProperty("speaker", out _));
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
        Assert.True((await fine.JsonAsync()).GetProperty("isFragment").GetBoolean());
    }

    [Fact]
    public async Task People_and_agencies_in_use_cannot_be_deleted_but_renaming_reaches_every_page()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var reader = factory.CreateClient();
        Assert.Contains(">Kyodo</a>", await reader.GetStringAsync($"/articles/{SeedStory.Slug}"));

        var pompeo = await api.GetAsync("/api/people/mike-pompeo");
        await (await api.DeleteAsync("/api/people/mike-pompeo", pompeo.ETag())).ProblemAsync(409);
        var kyodo = await api.GetAsync("/api/agencies/kyodo");
        await (await api.DeleteAsync("/api/agencies/kyodo", kyodo.ETag())).ProblemAsync(409);
        var renamed = await api.SendJsonAsync(HttpMethod.Put, "/api/agencies/kyodo", new { name = "Kyodo News" }, kyodo.ETag());

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Contains(">Kyodo News</a>", await reader.GetStringAsync($"/articles/{SeedStory.Slug}"));
    }

    [Fact]
    public async Task People_agencies_photos_and_quotes_all_take_if_match_and_report_clashes()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        await (await api.SendJsonAsync(HttpMethod.Post, "/api/people", new { name = "Someone", slug = "mike-pompeo" })).ProblemAsync(409);
        await (await api.SendJsonAsync(HttpMethod.Post, "/api/agencies", new { name = "Kyodo" })).ProblemAsync(409);
        await (await api.SendJsonAsync(HttpMethod.Put, "/api/people/mike-pompeo", new { name = "Mike Pompeo" })).ProblemAsync(428);
        await (await api.PatchAsync("/api/agencies/kyodo", new { name = "K" }, "\"old\"")).ProblemAsync(412);
        await (await api.PatchAsync("/api/images/1", new { caption = "x" }, null)).ProblemAsync(428);
        await (await api.DeleteAsync("/api/quotes/1", "\"old\"")).ProblemAsync(412);
        await (await api.PatchAsync("/api/people/nobody", new { name = "x" }, "*")).ProblemAsync(404);
        var person = await api.GetAsync("/api/people/mike-pompeo");
        await (await api.PatchAsync("/api/people/mike-pompeo", new { slug = "new-slug" }, person.ETag())).ProblemAsync(400);
        var unchanged = await (await api.GetAsync("/api/people/mike-pompeo")).JsonAsync();
        Assert.Equal("Mike Pompeo", unchanged.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, unchanged.GetProperty("title").ValueKind);
    }
}
