using System.Net;
using AngleSharp.Html.Parser;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>An article's slug is edited in its form; the old address answers with a permanent redirect, on pages and in the API.</summary>
public sealed class ArticleSlugTests
{
    private const string Wire = """
        TOKYO -- Talks went on into the night.

        "There is more to do," Mike Pompeo said.
        """;

    [Fact]
    public async Task A_new_slug_leaves_the_old_address_redirecting_permanently_to_it()
    {
        using var factory = new PortalFactory();
        var editor = await EditorWithStoryAsync(factory);
        const string Url = "/admin/articles/tokyo-talks-run-late-into-the-night/edit";
        await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish");
        var form = (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");
        form["Form.Slug"] = "tokyo-talks";

        var saved = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal("/admin/articles/tokyo-talks/edit", saved.Headers.Location?.OriginalString);
        var reader = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await reader.GetAsync("/articles/tokyo-talks-run-late-into-the-night");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/articles/tokyo-talks"), (page.StatusCode, page.Headers.Location?.OriginalString));
        var api = await reader.GetAsync("/api/articles/tokyo-talks-run-late-into-the-night/ninjs");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/api/articles/tokyo-talks/ninjs"), (api.StatusCode, api.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/articles/tokyo-talks")).StatusCode);
        var oldEditor = await editor.GetAsync(Url);
        Assert.Equal((HttpStatusCode.MovedPermanently, "/admin/articles/tokyo-talks/edit"), (oldEditor.StatusCode, oldEditor.Headers.Location?.OriginalString));
    }

    [Theory]
    [InlineData("Not A Slug", "lower-case letters and digits")]
    [InlineData(SeedStory.Slug, "is taken by another article")]
    public async Task A_slug_that_is_malformed_or_taken_is_refused_beside_the_field_with_the_form_as_typed(string slug, string message)
    {
        using var factory = new PortalFactory();
        var editor = await EditorWithStoryAsync(factory);
        const string Url = "/admin/articles/tokyo-talks-run-late-into-the-night/edit";
        var form = (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");
        form["Form.Slug"] = slug;
        form["Form.Standfirst"] = "Typed and kept.";

        var refused = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Form.Slug']")!.TextContent);
        Assert.Equal(slug, page.FormFields("form[action*='handler=Save']")["Form.Slug"]);
        Assert.Equal("Typed and kept.", page.FormFields("form[action*='handler=Save']")["Form.Standfirst"]);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(Url)).StatusCode);
    }

    private static async Task<HttpClient> EditorWithStoryAsync(PortalFactory factory)
    {
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Tokyo talks run late into the night", ["Input.Text"] = Wire });
        return editor;
    }
}
