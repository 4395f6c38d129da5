using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>A save that changes only quote sources or photos is a revision like any other: compared word by word and restored.</summary>
public sealed class RevisionRecordsTests
{
    private const string Url = "/admin/articles/delegates-arrive/edit";

    [Fact]
    public async Task Quote_sources_and_alt_text_are_kept_in_each_revision_compared_in_history_and_restored()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Delegates arrive",
            ["Input.Text"] = "TOKYO -- Talks went on into the night.\n\n\"There is more to do,\" Mike Pompeo said.\n\n(Delegates arrive)\n[UPI/KCNA]",
        });
        await SaveAsync(editor, "not-speech", "Delegates walking into a hall");
        await SaveAsync(editor, "person:mike-pompeo", "Two delegates at a door");

        var diff = await editor.GetDocumentAsync("/admin/articles/delegates-arrive/history?from=2&to=3");
        var fields = diff.QuerySelectorAll("#diff-heading ~ h3").Select(h => h.TextContent).ToList();
        var restored = await editor.SubmitFormAsync("/admin/articles/delegates-arrive/history", [],
            "/admin/articles/delegates-arrive/history?handler=Restore&number=2");
        var page = (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");

        Assert.Equal(["Quote sources", "Photos"], fields);
        var added = string.Join(" ", diff.QuerySelectorAll(".diff ins").Select(i => i.TextContent));
        Assert.Contains("Added: Pompeo", added);
        Assert.Contains("Added: Two", added);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(("not-speech", "Delegates walking into a hall"), (page["Quotes[0].Source"], page["Photos[0].AltText"]));
        var last = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().ArticleRevisions
            .Where(r => r.Article!.Slug == "delegates-arrive").OrderByDescending(r => r.Number).Select(r => r.Change).FirstAsync());
        Assert.Equal("restored revision 2: quote sources, photos", last);
    }

    private static async Task SaveAsync(HttpClient editor, string source, string altText)
    {
        var form = (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");
        form["Quotes[0].Source"] = source;
        form["Photos[0].AltText"] = altText;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);
    }

    [Fact]
    public async Task A_story_of_more_quotes_than_a_revision_keeps_is_imported_and_its_revision_keeps_the_text()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        // 45,000 one-letter quotes in 180,000 characters: a record each would outgrow the column.
        var paragraph = string.Join(' ', Enumerable.Repeat("\"a\"", 100));
        var body = "Ferries ran late.\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 450));

        var import = await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = body, headline = "Ferries run late" });

        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var revision = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().ArticleRevisions
            .Where(r => r.Article!.Slug == "ferries-run-late").Select(r => new { r.Records, r.Text.Body }).SingleAsync());
        Assert.Null(revision.Records);
        Assert.Equal(body, revision.Body);
    }
}
