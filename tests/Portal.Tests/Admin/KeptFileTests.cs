using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>A file attached to a save that is refused is not lost: browsers never fill a file box again, so the page keeps it.</summary>
public sealed class KeptFileTests
{
    private const string Url = "/admin/articles/ferries-wait/edit";

    [Fact]
    public async Task A_photo_attached_to_a_refused_save_is_kept_and_saved_with_the_next()
    {
        using var factory = new PortalFactory();
        var editor = await EditorWithStoryAsync(factory);
        var form = await FormAsync(editor);
        form["Form.Slug"] = "Not A Slug!";

        var refused = await PostAsync(editor, form, Photos.Png());
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        var again = page.FormFields("form[action*='handler=Save']");
        again["Form.Slug"] = "ferries-wait";
        var saved = await PostAsync(editor, again, file: null);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        // The message beside the slug box (the box's message element is always there; its words only on refusal).
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Form.Slug']")!.TextContent));
        Assert.False(string.IsNullOrEmpty(again["Photos[0].KeptFile"]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fileName = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().Images.Where(i => i.Caption == "Ferries wait in Bergen harbour").Select(i => i.FileName).SingleAsync());
        Assert.Matches("^[0-9a-f]{32}_40x40\\.png$", fileName);
    }

    [Fact]
    public async Task A_forged_kept_file_is_refused_beside_the_file_box_and_nothing_is_saved()
    {
        using var factory = new PortalFactory();
        var editor = await EditorWithStoryAsync(factory);
        var form = await FormAsync(editor);
        form["Photos[0].KeptFile"] = "../../portal.db";
        form["Form.Standfirst"] = "Typed before the refusal.";

        var refused = await PostAsync(editor, form, file: null);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("attach it again", page.QuerySelector("[data-valmsg-for='Photos[0].File']")!.TextContent);
        Assert.Equal("Typed before the refusal.", page.FormFields("form[action*='handler=Save']")["Form.Standfirst"]);
        Assert.Null(await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().Images.Where(i => i.Caption == "Ferries wait in Bergen harbour").Select(i => i.FileName).SingleAsync()));
    }

    private static async Task<HttpClient> EditorWithStoryAsync(PortalFactory factory)
    {
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Ferries wait",
            ["Input.Text"] = "BERGEN -- Ferries waited all day.\n\n(Ferries wait in Bergen harbour)\n[NTB/Reuters]",
        });
        return editor;
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient editor) =>
        (await editor.GetDocumentAsync(Url)).FormFields("form[action*='handler=Save']");

    /// <summary>Posts the editor page as a browser would, with a file in the photo's file box when one is given.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient editor, Dictionary<string, string> fields, byte[]? file)
    {
        var content = new MultipartFormDataContent { { new StringContent(await Newsroom.AntiforgeryTokenAsync(editor, Url)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "Photos[0].File", "ferries.png");
        }
        return await editor.PostAsync(Url + "?handler=Save", content);
    }
}
