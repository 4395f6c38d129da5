using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Json.Schema;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Tests.Api;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The kicker, the label above a headline: written once, it reaches every place the article's text goes.</summary>
public sealed class KickerTests
{
    private const string Wire = """
        GENEVA -- The talks ran late into the night, the envoy said.

        "We are not there yet," Ana Ruiz said.
        """;

    private const string SaveForm = "form[action*='handler=Save']";

    [Fact]
    public async Task A_kicker_sent_through_the_api_shows_on_the_page_in_lists_and_as_the_json_ld_genre_and_ninjs_genre()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, Wire, "Talks in Geneva run late", ArticleStatus.Published);
        var api = await factory.EditorApiAsync();
        var current = await api.GetAsync($"/api/articles/{slug}");

        var patched = await api.PatchAsync($"/api/articles/{slug}", new { kicker = "  Analysis " }, current.ETag());

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Analysis", (await patched.JsonAsync()).GetProperty("kicker").GetString());
        var reader = factory.CreateClient();
        var page = await reader.GetDocumentAsync($"/articles/{slug}");
        Assert.Equal("Analysis", page.QuerySelector("article header .kicker")!.TextContent.Trim());
        var home = await reader.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".kicker"), kicker => kicker.TextContent.Trim() == "Analysis");
        var graph = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph");
        Assert.Equal("Analysis", graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "NewsArticle").GetProperty("genre").GetString());
        var ninjs = await (await reader.GetAsync($"/api/articles/{slug}/ninjs")).Content.ReadAsStringAsync();
        var validity = NinjsTests.Schema.Evaluate(JsonDocument.Parse(ninjs).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(validity.IsValid, JsonSerializer.Serialize(validity));
        Assert.Equal("Analysis", (string?)JsonNode.Parse(ninjs)!["genres"]![0]!["name"]);
    }

    [Fact]
    public async Task A_kicker_longer_than_the_limit_is_refused_beside_its_field_with_the_form_as_typed()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        const string Url = "/admin/articles/talks-run-late/edit";
        var form = (await editor.GetDocumentAsync(Url)).FormFields(SaveForm);
        form["Form.Kicker"] = new string('k', Article.KickerMaxLength + 1);

        var refused = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Form.Kicker']")!.TextContent.Trim());
        Assert.Equal(form["Form.Kicker"], page.QuerySelector("input[name='Form.Kicker']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_editor_saves_a_kicker_as_a_revision_that_history_compares_and_a_stale_form_shows_in_the_conflict()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("alice@example.com", Roles.Editor);
        await factory.CreateUserAsync("bob@example.com", Roles.Editor);
        var alice = await factory.SignedInClientAsync("alice@example.com");
        var bob = await factory.SignedInClientAsync("bob@example.com");
        await alice.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        const string Url = "/admin/articles/talks-run-late/edit";
        var aliceForm = (await alice.GetDocumentAsync(Url)).FormFields(SaveForm);
        var bobForm = (await bob.GetDocumentAsync(Url)).FormFields(SaveForm);

        aliceForm["Form.Kicker"] = "Exclusive";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save")).StatusCode);
        bobForm["Form.Kicker"] = "Analysis";
        var conflict = await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save");

        Assert.Equal("Exclusive", ((await alice.GetDocumentAsync(Url)).FormFields(SaveForm))["Form.Kicker"]);
        var history = await alice.GetDocumentAsync("/admin/articles/talks-run-late/history?from=1&to=2");
        Assert.Contains("Exclusive", history.QuerySelector(".diff ins")!.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var view = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync());
        var conflicted = view.QuerySelectorAll(".field-conflict").Single();
        Assert.Equal("Kicker", conflicted.QuerySelector("legend")!.TextContent);
        Assert.Equal(["Exclusive", "Analysis"], conflicted.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()));
    }
}
