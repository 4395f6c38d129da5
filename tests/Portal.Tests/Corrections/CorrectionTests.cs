using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Corrections;

/// <summary>Corrections and clarifications: proposed when a published quote changes speaker, printed at the story's foot, everywhere the story goes.</summary>
public sealed class CorrectionTests
{
    private const string Url = "/admin/articles/talks-run-late/edit";

    private const string Wire = """
        TOKYO -- Talks went on into the night.

        "There is more to do," Mike Pompeo said.
        """;

    [Fact]
    public async Task A_published_quote_given_to_someone_else_proposes_a_correction_that_readers_then_see_everywhere()
    {
        using var factory = new PortalFactory();
        var editor = await PublishedStoryAsync(factory);
        var form = (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");
        form["Quotes[0].Source"] = "unnamed";
        form["Quotes[0].UnnamedSource"] = "a senior U.S. official";

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);
        var page = await editor.GetDocumentAsync(Url);
        Assert.Contains("a correction is proposed below", page.QuerySelector(".notice")!.TextContent);
        var proposed = page.QuerySelector("textarea[name='Correction.Text']")!.TextContent.Trim();
        Assert.Equal("An earlier version of this story attributed the quote “There is more to do” to Mike Pompeo. The words were a senior U.S. official's.", proposed);

        var added = await editor.SubmitFormAsync(Url, new() { ["Correction.Kind"] = "Correction", ["Correction.Text"] = proposed }, Url + "?handler=Correct");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var reader = factory.CreateClient();
        var story = await reader.GetDocumentAsync("/articles/talks-run-late");
        Assert.Contains(proposed, story.QuerySelector("#corrections li")!.TextContent);
        var graph = JsonDocument.Parse(story.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph");
        var correction = graph[0].GetProperty("correction")[0];
        Assert.Equal(("CorrectionComment", proposed), (correction.GetProperty("@type").GetString(), correction.GetProperty("text").GetString()));
        Assert.Contains(proposed, (await reader.GetDocumentAsync("/corrections")).QuerySelector(".correction-list")!.TextContent);
        var feed = await reader.GetStringAsync("/corrections.xml");
        Assert.Contains("<title type=\"text\">Correction: Talks run late</title>", feed);
        Assert.Contains("/articles/talks-run-late#corrections", feed);
        var ninjs = JsonDocument.Parse(await reader.GetStringAsync("/api/articles/talks-run-late/ninjs")).RootElement;
        Assert.Contains(ninjs.GetProperty("descriptions").EnumerateArray(), d => d.GetProperty("role").GetString() == "correction");
    }

    [Fact]
    public async Task A_correction_without_words_is_refused_beside_the_field_and_a_draft_takes_none()
    {
        using var factory = new PortalFactory();
        var editor = await PublishedStoryAsync(factory);

        var empty = await editor.SubmitFormAsync(Url, new() { ["Correction.Kind"] = "Clarification", ["Correction.Text"] = " " }, Url + "?handler=Correct");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = new HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Say what the story got wrong", page.QuerySelector("[data-valmsg-for='Correction.Text']")!.TextContent);
        await editor.SubmitFormAsync(Url, [], Url + "?handler=Unpublish");
        var draft = await editor.SubmitFormAsync(Url, new() { ["Correction.Kind"] = "Correction", ["Correction.Text"] = "A fact." }, Url + "?handler=Correct");
        var refusal = new HtmlParser().ParseDocument(await draft.Content.ReadAsStringAsync());
        Assert.Contains("Only a published article takes a correction", refusal.QuerySelector("[data-valmsg-for='Correction.Text']")!.TextContent);
    }

    [Fact]
    public async Task Only_an_account_that_may_publish_adds_a_correction()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        var writer = await factory.SignedInClientAsync("writer@example.com");
        await writer.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Mine", ["Input.Text"] = Wire });
        const string Mine = "/admin/articles/mine/edit";

        var attempt = await writer.SubmitFormAsync(Mine, new() { ["Correction.Kind"] = "Correction", ["Correction.Text"] = "Forged." }, Mine + "?handler=Correct");

        Assert.StartsWith("https://localhost/admin/denied", attempt.Headers.Location?.ToString());
    }

    private static async Task<HttpClient> PublishedStoryAsync(PortalFactory factory)
    {
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish")).StatusCode);
        return editor;
    }
}
