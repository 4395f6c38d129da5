using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Json.Schema;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Tests.Api;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>The byline: read from the copy or written by an editor, it names writers and agencies wherever the story goes.</summary>
public sealed class BylineTests
{
    private const string Wire = """
        By Jane Smith

        OSAKA, June 3 (Harbour Wire) -- The port reopened on Friday, the harbour master said.

        (Ships at the reopened quay)
        [Harbour Wire]

        "We are open for business," Mayor Kenji Ito said.
        """;

    private const string SaveForm = "form[action*='handler=Save']";

    [Fact]
    public async Task The_copys_byline_and_dateline_agency_reach_the_api_the_page_json_ld_ninjs_and_the_feeds()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, Wire, "Osaka port reopens", ArticleStatus.Published);
        var reader = factory.CreateClient();

        var byline = (await (await reader.GetAsync($"/api/articles/{slug}")).JsonAsync()).GetProperty("byline").EnumerateArray().ToList();

        Assert.Equal(["Jane Smith", "Harbour Wire"], byline.Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(["person", "organisation"], byline.Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, byline[0].GetProperty("url").ValueKind);
        Assert.Equal("/credits/harbour-wire", byline[1].GetProperty("url").GetString());
        var page = await reader.GetDocumentAsync($"/articles/{slug}");
        Assert.Equal("By Jane Smith and Harbour Wire", page.QuerySelector("article header .byline")!.TextContent.Trim());
        Assert.Equal("/credits/harbour-wire", page.QuerySelector("article header .byline a")!.GetAttribute("href"));
        var graph = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph");
        var authors = graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "NewsArticle").GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(["Person", "Organization"], authors.Select(a => a.GetProperty("@type").GetString()));
        Assert.EndsWith("/credits/harbour-wire", authors[1].GetProperty("url").GetString());
        var ninjs = await (await reader.GetAsync($"/api/articles/{slug}/ninjs")).Content.ReadAsStringAsync();
        var validity = NinjsTests.Schema.Evaluate(JsonDocument.Parse(ninjs).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(validity.IsValid, JsonSerializer.Serialize(validity));
        Assert.Equal("Jane Smith, Harbour Wire", (string?)JsonNode.Parse(ninjs)!["by"]);
        var rss = XDocument.Parse(await reader.GetStringAsync("/feed.xml"));
        var entry = rss.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith($"/articles/{slug}"));
        Assert.Equal(["Jane Smith", "Harbour Wire"], entry.Elements(XName.Get("creator", "http://purl.org/dc/elements/1.1/")).Select(c => c.Value));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomEntry = XDocument.Parse(await reader.GetStringAsync("/atom.xml")).Descendants(atom + "entry")
            .Single(e => e.Elements(atom + "link").Any(l => l.Attribute("href")!.Value.EndsWith($"/articles/{slug}")));
        Assert.Equal(["Jane Smith", "Harbour Wire"], atomEntry.Elements(atom + "author").Select(a => a.Element(atom + "name")!.Value));
    }

    [Fact]
    public async Task A_story_without_a_byline_shows_none_and_credits_the_site_as_its_author()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, "The port reopened on Friday, the harbour master said.", "Port reopens", ArticleStatus.Published);
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{slug}");

        Assert.Null(page.QuerySelector("article header .byline"));
        var graph = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph");
        var author = Assert.Single(graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "NewsArticle").GetProperty("author").EnumerateArray());
        Assert.Equal("Organization", author.GetProperty("@type").GetString());
    }

    [Fact]
    public async Task The_api_writes_a_byline_in_order_and_refuses_one_of_too_many_names_with_a_problem()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, Wire, "Osaka port reopens", ArticleStatus.Draft);
        var api = await factory.EditorApiAsync();
        var current = await api.GetAsync($"/api/articles/{slug}");

        var patched = await api.PatchAsync($"/api/articles/{slug}", new { byline = new[] { " Li  Wei ", "Jane Smith", "li wei" } }, current.ETag());
        var refused = await api.PatchAsync($"/api/articles/{slug}", new { byline = Enumerable.Range(1, 7).Select(n => $"Writer {n}") }, patched.ETag());

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(["Li Wei", "Jane Smith"], (await patched.JsonAsync()).GetProperty("byline").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        var problem = await refused.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("byline", out _) || problem.GetProperty("errors").TryGetProperty("Byline", out _));
    }

    [Fact]
    public async Task The_editor_writes_the_byline_in_the_form_history_compares_it_and_a_name_too_long_is_refused_beside_the_field()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Osaka port reopens", ["Input.Text"] = Wire });
        const string Url = "/admin/articles/osaka-port-reopens/edit";
        var form = (await editor.GetDocumentAsync(Url)).FormFields(SaveForm);
        Assert.Equal("Jane Smith, Harbour Wire", form["Form.BylineText"]);

        form["Form.BylineText"] = "Jane Smith, Tom Okafor, Harbour Wire";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);
        var again = (await editor.GetDocumentAsync(Url)).FormFields(SaveForm);
        again["Form.BylineText"] = "Jane Smith, " + new string('n', ArticleByline.NameMaxLength + 1);
        var refused = await editor.SubmitFormAsync(Url, again, Url + "?handler=Save");

        var history = await editor.GetDocumentAsync("/admin/articles/osaka-port-reopens/history?from=1&to=2");
        Assert.Contains("Tom Okafor", history.QuerySelector(".diff ins")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Form.Byline']")!.TextContent.Trim());
        Assert.Equal(again["Form.BylineText"], page.QuerySelector("input[name='Form.BylineText']")!.GetAttribute("value"));
    }
}
