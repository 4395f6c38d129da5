using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>People, agencies, quotes and the photo library through the newsroom's forms.</summary>
public sealed class NewsroomRecordTests
{
    private const string Pompeo = "/admin/people/mike-pompeo/edit";

    /// <summary>The record's own form on an edit page, not its delete form nor the sign-out button.</summary>
    private const string MainForm = "form.admin-form:not([action*='handler'])";

    [Fact]
    public async Task A_person_is_added_with_every_field_as_typed_and_readers_see_it_encoded()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);
        var person = new Dictionary<string, string>
        {
            ["Form.Name"] = "<script>alert(1)</script> Kim",
            ["Form.Slug"] = "kim-envoy",
            ["Form.Title"] = "Envoy",
            ["Form.AliasesText"] = "Kim\nthe envoy",
        };

        var missingName = await editor.SubmitFormAsync("/admin/people/new", new(person) { ["Form.Name"] = "" });
        var takenSlug = await editor.SubmitFormAsync("/admin/people/new", new(person) { ["Form.Slug"] = "mike-pompeo" });
        var added = await editor.SubmitFormAsync("/admin/people/new", person);

        var refused = await DocumentAsync(missingName, HttpStatusCode.OK);
        Assert.NotEmpty(refused.QuerySelector("[data-valmsg-for='Form.Name']")!.TextContent);
        Assert.Equal("Kim\nthe envoy", refused.FormFields(MainForm)["Form.AliasesText"]);
        var clash = await DocumentAsync(takenSlug, HttpStatusCode.OK);
        Assert.Contains("Another person has this slug", clash.QuerySelector("[data-valmsg-for='Form.Slug']")!.TextContent);
        Assert.Equal("<script>alert(1)</script> Kim", clash.FormFields(MainForm)["Form.Name"]);
        Assert.Equal("/admin/people/kim-envoy/edit", added.Headers.Location?.OriginalString);
        var page = await factory.CreateClient().GetStringAsync("/people/kim-envoy");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Kim", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        var aliases = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().People
            .Where(p => p.Slug == "kim-envoy").SelectMany(p => p.Aliases).Select(a => a.Text).OrderBy(a => a).ToListAsync());
        Assert.Equal(["Kim", "the envoy"], aliases);
    }

    [Fact]
    public async Task A_person_saved_over_someone_elses_save_shows_both_and_keeps_every_word_typed()
    {
        using var factory = new PortalFactory();
        var alice = await EditorAsync(factory, "alice@example.com");
        var bob = await EditorAsync(factory, "bob@example.com");
        var aliceForm = await FormAsync(alice, Pompeo);
        var bobForm = await FormAsync(bob, Pompeo);

        aliceForm["Form.Title"] = "Alice's title";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Pompeo, aliceForm)).StatusCode);
        var twice = await alice.SubmitFormAsync(Pompeo, aliceForm);
        bobForm["Form.Description"] = "Bob's description.";
        var conflict = await bob.SubmitFormAsync(Pompeo, bobForm);

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Contains("Already saved.", await alice.GetStringAsync(Pompeo));
        var page = await DocumentAsync(conflict, HttpStatusCode.Conflict);
        Assert.Contains("Alice's title", page.QuerySelector(".conflict")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".conflict .differs th"), th => th.TextContent.StartsWith("Description"));
        var kept = page.FormFields(MainForm);
        Assert.Equal("Bob's description.", kept["Form.Description"]);
        Assert.Equal(HttpStatusCode.Redirect, (await bob.SubmitFormAsync(Pompeo, kept)).StatusCode);
        var saved = await FormAsync(bob, Pompeo);
        Assert.Equal("Bob's description.", saved["Form.Description"]);
    }

    [Fact]
    public async Task Deleting_needs_the_box_ticked_and_spares_what_the_news_still_uses()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);
        await editor.SubmitFormAsync("/admin/agencies/new", new() { ["Form.Name"] = "Reuters" });
        const string Reuters = "/admin/agencies/reuters/edit";

        var unticked = await DeleteAsync(editor, Reuters, confirm: false);
        Assert.Equal(Reuters, unticked.Headers.Location?.OriginalString);
        Assert.Contains("Tick the box", (await editor.GetDocumentAsync(Reuters)).QuerySelector(".notice")!.TextContent);
        await DeleteAsync(editor, Pompeo, confirm: true);
        Assert.Contains("mention this person", (await editor.GetDocumentAsync(Pompeo)).QuerySelector(".notice")!.TextContent);
        await DeleteAsync(editor, "/admin/agencies/kcna/edit", confirm: true);
        Assert.Contains("credit this agency", (await editor.GetDocumentAsync("/admin/agencies/kcna/edit")).QuerySelector(".notice")!.TextContent);
        var deleted = await DeleteAsync(editor, Reuters, confirm: true);

        Assert.Equal("/admin/agencies", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(Reuters)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(Pompeo)).StatusCode);
    }

    [Fact]
    public async Task Renaming_an_agency_changes_the_credit_line_readers_see()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);
        const string Kyodo = "/admin/agencies/kyodo/edit";
        var form = await FormAsync(editor, Kyodo);

        form["Form.Name"] = "Kyodo News";
        var saved = await editor.SubmitFormAsync(Kyodo, form);

        Assert.Equal(Kyodo, saved.Headers.Location?.OriginalString);
        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");
        Assert.Contains(page.QuerySelectorAll("figcaption"), caption => caption.TextContent.Contains("KCNA via UPI and Kyodo News"));
    }

    [Fact]
    public async Task A_quote_gets_its_speaker_corrected_and_words_not_in_the_article_are_refused_as_typed()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);
        var id = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().Quotes
            .Where(q => q.Article.Slug == SeedStory.Slug && q.Speaker!.Slug == "mike-pompeo").OrderBy(q => q.Position).Select(q => q.Id).FirstAsync());
        var url = $"/admin/quotes/{id}/edit";
        var form = await FormAsync(editor, url);

        var misquote = await editor.SubmitFormAsync(url, new(form) { ["Form.Text"] = "Words nobody wrote" });
        form["Form.Source"] = "person:donald-trump";
        var corrected = await editor.SubmitFormAsync(url, form);

        var refused = await DocumentAsync(misquote, HttpStatusCode.OK);
        Assert.Contains("not in the article", refused.QuerySelector("[data-valmsg-for='Form.Text']")!.TextContent);
        Assert.Equal("Words nobody wrote", refused.FormFields(MainForm)["Form.Text"]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var list = await editor.GetDocumentAsync("/admin/quotes?speaker=donald-trump");
        Assert.Contains(list.QuerySelectorAll("td a"), a => a.GetAttribute("href") == url);
    }

    [Fact]
    public async Task A_photo_uploaded_to_the_library_goes_into_an_article_by_its_line()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);

        var uploaded = await UploadAsync(editor, Photos.Png(), "../../etc/passwd.png");
        var photo = uploaded.Headers.Location!.OriginalString;
        var id = photo.Split('/')[3];
        var unknown = await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "No such photo", ["Input.Text"] = "TOKYO -- Talks.\n\n{photo 999999}" });
        var imported = await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Summit photo", ["Input.Text"] = $"TOKYO -- Talks.\n\n{{photo {id}}}" });

        Assert.Matches("^/admin/photos/[0-9]+/edit$", photo);
        Assert.Contains($"There is no photo 999999", (await DocumentAsync(unknown, HttpStatusCode.OK)).QuerySelector("[data-valmsg-for='Input.Text']")!.TextContent);
        Assert.Equal("/admin/articles/summit-photo/edit", imported.Headers.Location?.OriginalString);
        var edit = await FormAsync(editor, "/admin/articles/summit-photo/edit", "form[action*='handler=Save']");
        // The line names the photo by number and shows the editor its caption and credit.
        Assert.EndsWith($"{{photo {id}: Leaders meet in Singapore [Yonhap / AP]}}", edit["Form.Body"]);
        var preview = await editor.GetDocumentAsync("/admin/articles/summit-photo/preview");
        var image = preview.QuerySelector("figure img")!;
        Assert.Matches("^/media/[0-9a-f]{32}_40x40\\.png$", image.GetAttribute("src"));
        Assert.Equal("Two leaders shake hands", image.GetAttribute("alt"));
        Assert.Contains("Yonhap via AP", preview.QuerySelector("figure figcaption")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync("/admin/articles/summit-photo/edit", edit, "/admin/articles/summit-photo/edit?handler=Save")).StatusCode);
        Assert.Equal(1, await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().Images.CountAsync(i => i.FileName != null)));
    }

    [Fact]
    public async Task Replacing_a_photos_file_or_deleting_the_photo_removes_the_file_it_no_longer_needs()
    {
        using var factory = new PortalFactory();
        var editor = await EditorAsync(factory);
        var media = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "media");

        var photo = (await UploadAsync(editor, Photos.Png(), "first.png")).Headers.Location!.OriginalString;
        var first = Assert.Single(Directory.GetFiles(media));
        var form = await FormAsync(editor, photo);
        var replaced = await UploadAsync(editor, Photos.Png(), "second.png", photo, form["Form.Version"]);
        var second = Assert.Single(Directory.GetFiles(media));
        var deleted = await DeleteAsync(editor, photo, confirm: true);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Equal("/admin/photos", deleted.Headers.Location?.OriginalString);
        Assert.Empty(Directory.GetFiles(media));
    }

    [Theory]
    [InlineData("text.jpg", "not an image at all", null)]
    [InlineData("lying.png", "<script>alert(1)</script>", null)]
    [InlineData("../../../tmp/evil.png", "GIF89a", null)]
    [InlineData("big.png", null, "50")]
    public async Task Library_uploads_that_are_not_acceptable_photos_are_refused_and_nothing_is_stored(string name, string? content, string? maxBytes)
    {
        using var factory = new PortalFactory();
        if (maxBytes is not null)
        {
            factory.Settings["Portal:Media:MaxBytes"] = maxBytes;
        }
        var editor = await EditorAsync(factory);

        var response = await UploadAsync(editor, content is null ? Photos.Png() : System.Text.Encoding.UTF8.GetBytes(content), name);

        var page = await DocumentAsync(response, HttpStatusCode.OK);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Form.File']")!.TextContent);
        Assert.Equal("Leaders meet in Singapore", page.FormFields(MainForm)["Form.Caption"]);
        await Photos.AssertNothingStoredAsync(factory);
    }

    [Theory]
    [InlineData("/admin/people")]
    [InlineData("/admin/people/new")]
    [InlineData(Pompeo)]
    [InlineData("/admin/agencies")]
    [InlineData("/admin/agencies/new")]
    [InlineData("/admin/quotes")]
    [InlineData("/admin/photos")]
    [InlineData("/admin/photos/new")]
    public async Task Writers_cannot_open_the_records_editors_keep_and_visitors_must_sign_in(string url)
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        var editor = await EditorAsync(factory);

        var writer = await (await factory.SignedInClientAsync("writer@example.com")).GetAsync(url);
        var anonymous = await factory.CreateBrowserClient().GetAsync(url);

        Assert.StartsWith("https://localhost/admin/denied", writer.Headers.Location?.ToString());
        Assert.StartsWith("https://localhost/admin/login", anonymous.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
    }

    private static async Task<HttpClient> EditorAsync(PortalFactory factory, string email = "editor@example.com")
    {
        await factory.CreateUserAsync(email, Roles.Editor);
        return await factory.SignedInClientAsync(email);
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string url, string form = MainForm) =>
        (await client.GetDocumentAsync(url)).FormFields(form);

    private static async Task<IDocument> DocumentAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url, bool confirm)
    {
        var fields = (await client.GetDocumentAsync(url)).FormFields("form[action*='handler=Delete']");
        if (confirm)
        {
            fields["confirm"] = "true";
        }
        return await client.SubmitFormAsync(url, fields, url + "?handler=Delete");
    }

    /// <summary>Posts the library's upload form as a browser would, file and all.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string page = "/admin/photos/new", string version = "0")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent
        {
            { new StringContent(await Newsroom.AntiforgeryTokenAsync(client, page)), "__RequestVerificationToken" },
            { file, "Form.File", fileName },
            { new StringContent("Leaders meet in Singapore"), "Form.Caption" },
            { new StringContent("Two leaders shake hands"), "Form.AltText" },
            { new StringContent("Yonhap/AP"), "Form.Credit" },
            { new StringContent(version), "Form.Version" },
        };
        return await client.PostAsync(page, form);
    }
}
