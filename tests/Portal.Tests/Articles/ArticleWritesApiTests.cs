using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Web.Accounts;

namespace Portal.Tests.Articles;

/// <summary>Writing articles through the API: tokens, input types, preconditions, and no lost update.</summary>
public sealed class ArticleWritesApiTests
{
    private const string Body = """
        SEOUL, June 2 (Kyodo) -- The summit is on, Mike Pompeo said on Saturday.

        "We are making real progress," Pompeo said.
        """;

    private static object NewArticle(string headline = "Summit is on", string body = Body) => new { headline, body, tags = new[] { "Korea" } };

    [Fact]
    public async Task Creating_returns_201_with_location_and_etag_and_the_body_read_for_quotes()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var response = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/articles/summit-is-on", response.Headers.Location?.AbsolutePath);
        Assert.NotNull(response.Headers.ETag);
        var article = await response.JsonAsync();
        Assert.Equal("draft", article.GetProperty("status").GetString());
        Assert.Equal("Seoul", article.GetProperty("dateline").GetString());
        var quote = Assert.Single(article.GetProperty("quotes").EnumerateArray());
        Assert.Equal("mike-pompeo", quote.GetProperty("speaker").GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/articles/summit-is-on")).StatusCode);
        var read = await api.GetAsync("/api/articles/summit-is-on");
        Assert.Equal(response.ETag(), read.ETag());
    }

    [Fact]
    public async Task Writes_need_an_editors_token_and_never_accept_the_session_cookie()
    {
        using var factory = new PortalFactory();
        var writer = await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        var writerApi = factory.ApiWithToken(await factory.CreateTokenAsync(writer));
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var browser = await factory.SignedInClientAsync("editor@example.com");

        await (await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).ProblemAsync(401);
        await (await factory.ApiWithToken("portal_not-a-real-token").SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).ProblemAsync(401);
        await (await writerApi.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).ProblemAsync(403);
        await (await browser.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).ProblemAsync(401);
        Assert.Equal(1, await CountAsync(factory, db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Drafts_are_read_with_an_editors_token_only_and_a_bad_token_is_refused_not_ignored()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle());
        var browser = await factory.SignedInClientAsync("editor@example.com");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/articles/summit-is-on")).StatusCode);
        await (await browser.GetAsync("/api/articles/summit-is-on")).ProblemAsync(404);
        await (await browser.GetAsync("/api/articles?status=Draft")).ProblemAsync(403);
        await (await factory.ApiWithToken("portal_forged").GetAsync($"/api/articles/{SeedStory.Slug}")).ProblemAsync(401);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        using var factory = new PortalFactory();
        var editor = await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var token = await factory.CreateTokenAsync(editor);
        var api = factory.ApiWithToken(token);
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).StatusCode);

        await factory.WithServicesAsync(async services =>
        {
            var id = await services.GetRequiredService<PortalDbContext>().ApiTokens.Select(t => t.Id).SingleAsync();
            Assert.True(await services.GetRequiredService<ApiTokens>().RevokeAsync(id, editor, isAdmin: false, CancellationToken.None));
        });

        await (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle("Another"))).ProblemAsync(401);
    }

    [Theory]
    [InlineData("""{"headline":"x","body":"Text.","status":"Published"}""", "$.status")]
    [InlineData("""{"headline":"x","body":"Text.","id":7}""", "$.id")]
    [InlineData("""{"headline":"x","body":"Text.","publishedAt":"2020-01-01T00:00:00Z"}""", "$.publishedAt")]
    [InlineData("""{"headline":"","body":"Text."}""", "headline")]
    [InlineData("""{"headline":"x"}""", "body")]
    [InlineData("""{"headline":"x","body":"Text.","tags":[""]}""", "tags")]
    [InlineData("""{"headline":5,"body":"Text."}""", "$.headline")]
    [InlineData("""{"headline":"x","body":"Text.""", "$")]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_stores_nothing(string json, string field)
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var problem = await (await api.SendRawAsync(HttpMethod.Post, "/api/articles", json)).ProblemAsync(400);

        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync(factory, db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Deeply_nested_json_huge_bodies_and_wrong_media_types_are_refused_cleanly()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var nested = new string('[', 5_000) + new string(']', 5_000);
        var huge = JsonSerializer.Serialize(new { headline = "x", body = new string('a', 2_000_000) });

        await (await api.SendRawAsync(HttpMethod.Post, "/api/articles", nested)).ProblemAsync(400);
        await (await api.SendRawAsync(HttpMethod.Post, "/api/articles", huge)).ProblemAsync(413);
        await (await api.SendRawAsync(HttpMethod.Post, "/api/articles", "headline=x", mediaType: "application/x-www-form-urlencoded")).ProblemAsync(415);
        Assert.Equal(1, await CountAsync(factory, db => db.Articles.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task A_taken_slug_is_a_409_conflict()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var response = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Clash", body = "Text.", slug = SeedStory.Slug });

        await response.ProblemAsync(409);
    }

    [Fact]
    public async Task Updates_need_if_match_and_a_stale_one_changes_nothing()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle());
        var url = created.Headers.Location!.AbsolutePath;

        await (await api.SendJsonAsync(HttpMethod.Put, url, NewArticle("No precondition"))).ProblemAsync(428);
        await (await api.PatchAsync(url, new { headline = "No precondition" }, null)).ProblemAsync(428);
        await (await api.DeleteAsync(url, null)).ProblemAsync(428);
        await (await api.SendJsonAsync(HttpMethod.Put, url, NewArticle("Stale"), "\"stale-etag\"")).ProblemAsync(412);
        var replaced = await api.SendJsonAsync(HttpMethod.Put, url, NewArticle("Fresh headline"), created.ETag());

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(created.ETag(), replaced.ETag());
        Assert.Equal("Fresh headline", (await replaced.JsonAsync()).GetProperty("headline").GetString());
        Assert.Equal(url, replaced.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Two_clients_read_then_write_and_the_second_gets_412_while_the_first_write_survives()
    {
        using var factory = new PortalFactory();
        var alice = await factory.EditorApiAsync("alice@example.com");
        var bob = await factory.EditorApiAsync("bob@example.com");
        var url = (await alice.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).Headers.Location!.AbsolutePath;
        var aliceRead = await alice.GetAsync(url);
        var bobRead = await bob.GetAsync(url);

        var aliceWrite = await alice.PatchAsync(url, new { headline = "Alice's headline" }, aliceRead.ETag());
        var bobWrite = await bob.PatchAsync(url, new { standfirst = "Bob's standfirst" }, bobRead.ETag());

        Assert.Equal(HttpStatusCode.OK, aliceWrite.StatusCode);
        await bobWrite.ProblemAsync(412);
        var now = await (await alice.GetAsync(url)).JsonAsync();
        Assert.Equal("Alice's headline", now.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, now.GetProperty("standfirst").ValueKind);
    }

    [Fact]
    public async Task A_merge_patch_changes_only_what_it_names_and_null_removes()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Patched", body = Body, standfirst = "Before", section = "World" });
        var url = created.Headers.Location!.AbsolutePath;

        var patched = await api.PatchAsync(url, new { standfirst = (string?)null, tags = new[] { "Diplomacy", "Korea" } }, created.ETag());

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var article = await patched.JsonAsync();
        Assert.Equal("Patched", article.GetProperty("headline").GetString());
        Assert.Equal("World", article.GetProperty("section").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("standfirst").ValueKind);
        Assert.Equal(["diplomacy", "korea"], article.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        await (await api.PatchAsync(url, new { status = "Published" }, patched.ETag())).ProblemAsync(400);
        await (await api.SendJsonAsync(HttpMethod.Patch, url, new { headline = "x" }, patched.ETag())).ProblemAsync(415);
    }

    [Fact]
    public async Task Every_save_writes_a_revision_naming_who_and_what_changed()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle());
        await api.PatchAsync(created.Headers.Location!.AbsolutePath, new { headline = "Second thoughts", body = Body + "\n\nOne more paragraph." }, created.ETag());

        var id = (await (await api.GetAsync(created.Headers.Location!.AbsolutePath)).JsonAsync()).GetProperty("id").GetInt32();
        var revisions = await CountAsync(factory, db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.Actor, r.Change, r.Text.Headline }).ToListAsync());

        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.All(revisions, r => Assert.Equal("editor@example.com", r.Actor));
        Assert.Equal("created", revisions[0].Change);
        Assert.Equal("headline, body", revisions[1].Change);
        Assert.Equal("Second thoughts", revisions[1].Headline);
    }

    [Fact]
    public async Task An_edit_keeps_the_quotes_it_left_alone_and_search_follows_the_new_words()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle(body: Body.Replace("The summit is on", "The zebra summit is on")));
        var url = created.Headers.Location!.AbsolutePath;
        var before = await created.JsonAsync();

        var edited = await api.PatchAsync(url, new { body = Body.Replace("The summit is on", "The giraffe summit is on") + "\n\n\"Another round,\" Pompeo said." }, created.ETag());

        var after = await edited.JsonAsync();
        var quotes = after.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal(before.GetProperty("quotes")[0].GetProperty("id").GetInt32(), quotes[0].GetProperty("id").GetInt32());
        Assert.Equal("Another round,", quotes[1].GetProperty("text").GetString());
        Assert.Equal(0, (await (await api.GetAsync("/api/articles?status=Draft&q=zebra")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(1, (await (await api.GetAsync("/api/articles?status=Draft&q=giraffe")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(1, (await (await api.GetAsync("/api/articles?status=Draft&q=round")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Publishing_is_refused_while_a_quote_is_not_settled_then_allowed_once_it_is_fixed()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle("Unattributed", "\"Nobody knows who said this,\" they said."));
        var url = created.Headers.Location!.AbsolutePath;

        var refused = await (await api.PostAsync(url + "/publish", null)).ProblemAsync(409);
        Assert.Contains("needs a source, or to be marked as not speech", refused.GetProperty("blockers")[0].GetString());

        var fixedBody = await api.PatchAsync(url, new { body = Body }, created.ETag());
        Assert.Equal(HttpStatusCode.OK, fixedBody.StatusCode);
        var published = await api.PostAsync(url + "/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (await published.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(url + "/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Scheduling_keeps_the_article_from_readers_until_its_time()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var url = (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle())).Headers.Location!.AbsolutePath;

        var scheduled = await api.SendJsonAsync(HttpMethod.Post, url + "/publish", new { at = DateTime.UtcNow.AddDays(1) });

        Assert.Equal("scheduled", (await scheduled.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);
        var drafts = await (await api.GetAsync("/api/articles?status=Scheduled")).JsonAsync();
        Assert.Equal(1, drafts.GetProperty("total").GetInt32());

        await factory.WithServicesAsync(async services =>
        {
            // The day passes.
            await services.GetRequiredService<PortalDbContext>().Articles.Where(a => a.Slug == "summit-is-on")
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.PublishedAt, DateTime.UtcNow.AddMinutes(-1)));
            await services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Portal.Web.Articles.ScheduledPublisher>().Single()
                .PublishDueAsync(CancellationToken.None);
        });
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal("published", (await (await api.GetAsync(url)).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deleting_needs_a_fresh_etag_and_then_the_article_is_gone()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle());
        var url = created.Headers.Location!.AbsolutePath;

        var deleted = await api.DeleteAsync(url, created.ETag());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await api.GetAsync(url)).ProblemAsync(404);
        Assert.Contains("article.deleted", await CountAsync(factory, db => db.AuditEntries.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/api/articles/{SeedStory.Slug}");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{SeedStory.Slug}");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.ETag());
        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Many_parallel_writers_lose_no_acknowledged_write()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle($"Parallel story {i}", $"Paragraph number {i}."))));

        var acknowledged = responses.Where(r => r.StatusCode == HttpStatusCode.Created).Select(r => r.Headers.Location!.AbsolutePath.Split('/')[^1]).ToList();
        Assert.Equal(24, acknowledged.Count);
        var stored = await CountAsync(factory, db => db.Articles.Select(a => a.Slug).ToListAsync());
        Assert.Empty(acknowledged.Except(stored));
    }

    [Fact]
    public async Task Writes_beyond_the_limit_get_429()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Api:WritesPerMinute"] = "2";
        var api = await factory.EditorApiAsync();

        await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle("One"));
        await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle("Two"));
        var third = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", NewArticle("Three"));

        await third.ProblemAsync(429);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task Imports_take_plain_text_or_json_and_return_the_draft_with_warnings()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var text = await api.SendRawAsync(HttpMethod.Post, "/api/imports?headline=From%20the%20wire", Body, mediaType: "text/plain");
        var json = await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = "\"Who said this?\" someone asked." });
        var badUtf8 = new ByteArrayContent([0x48, 0xC3, 0x28, 0x0A]);
        badUtf8.Headers.ContentType = new("text/plain");

        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        Assert.Equal("From the wire", (await text.JsonAsync()).GetProperty("article").GetProperty("headline").GetString());
        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        var warnings = (await json.JsonAsync()).GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("headline-suggested", warnings);
        await (await api.PostAsync("/api/imports", badUtf8)).ProblemAsync(400);
        await (await api.SendRawAsync(HttpMethod.Post, "/api/imports", "", mediaType: "text/plain")).ProblemAsync(400);
    }

    [Fact]
    public async Task Other_origins_may_read_but_not_write()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await client.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods") &&
            response.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("POST", StringComparison.Ordinal)));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    private static Task<T> CountAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query) =>
        factory.WithServicesAsync(services => query(services.GetRequiredService<PortalDbContext>()));
}
