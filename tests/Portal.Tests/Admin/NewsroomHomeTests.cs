using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The newsroom's home shows the work waiting: drafts, quotes to settle, photos to finish, what is scheduled and just published.</summary>
public sealed class NewsroomHomeTests
{
    [Fact]
    public async Task An_import_with_an_open_quote_and_an_unfinished_photo_waits_on_the_home_page()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Harbour reopens",
            ["Input.Text"] = "OSLO -- The harbour reopened.\n\n\"Nobody knows why,\" they said.\n\n\"Ships are back,\" they added.\n\n(The harbour at dawn)\n[NTB]",
        });

        var home = await editor.GetDocumentAsync("/admin");

        Assert.Equal("Harbour reopens 2 quotes to settle", Squeezed(home.QuerySelector("#desk-quotes + ul li")!.TextContent));
        Assert.Equal("Harbour reopens 1 photo to finish", Squeezed(home.QuerySelector("#desk-photos + ul li")!.TextContent));
        Assert.StartsWith("Harbour reopens changed", Squeezed(home.QuerySelector("#desk-mine + ul li")!.TextContent));
        Assert.Equal("/admin/articles/harbour-reopens/edit", home.QuerySelector("#desk-mine + ul a")!.GetAttribute("href"));
        Assert.Contains(home.QuerySelectorAll("#desk-published + ul a"), a => a.GetAttribute("href") == $"/admin/articles/{SeedStory.Slug}/edit");
        Assert.Equal("Nothing is scheduled.", home.QuerySelector("#desk-scheduled + p")!.TextContent);
    }

    [Fact]
    public async Task A_writer_sees_only_the_work_on_their_own_drafts()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        var writer = await factory.SignedInClientAsync("writer@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Not the writers", ["Input.Text"] = "\"Nobody knows,\" they said." });

        var home = await writer.GetDocumentAsync("/admin");

        Assert.Equal("No draft has a quote without a source.", home.QuerySelector("#desk-quotes + p")!.TextContent);
        Assert.Equal("You have no drafts.", home.QuerySelector("#desk-mine + p")!.TextContent);
    }

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
