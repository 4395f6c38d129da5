using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Editing articles in the newsroom through its forms: no edit is ever lost, and each role stays in its lane.</summary>
public sealed class AdminArticleTests
{
    private const string Wire = """
        TOKYO -- Talks went on into the night.

        "There is more to do," Mike Pompeo said.
        """;

    [Fact]
    public async Task Importing_wire_copy_makes_a_draft_with_its_quotes_ready_for_review()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");

        var imported = await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal("/admin/articles/talks-run-late/edit", imported.Headers.Location?.OriginalString);
        var page = await PageAsync(editor, "/admin/articles/talks-run-late/edit");
        Assert.Contains("Draft created", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("person:mike-pompeo", page.QuerySelector("select[name='Quotes[0].Source'] option[selected]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/articles/talks-run-late")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/articles/talks-run-late/preview")).StatusCode);
    }

    [Fact]
    public async Task The_edit_form_has_a_box_for_every_field_of_the_articles_text()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });

        var form = Fields(await PageAsync(editor, "/admin/articles/talks-run-late/edit"));

        // A field the form forgets would be erased by every save of the form; tags are typed as one line.
        var names = typeof(ArticleText).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).Select(p => p.Name).ToList();
        Assert.Contains("Headline", names);
        Assert.All(names, name => Assert.True(form.ContainsKey($"Form.{name}") || form.ContainsKey($"Form.{name}Text"), $"No box for {name}"));
    }

    [Fact]
    public async Task The_review_shows_the_importers_reasons_with_the_quotes_left_open_first()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Talks run later",
            ["Input.Text"] = Wire + "\n\n\"Nobody knows,\" they told reporters.",
        });

        var page = await PageAsync(editor, "/admin/articles/talks-run-later/edit");

        var reasons = page.QuerySelectorAll(".quote-reason").Select(r => r.TextContent).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("Importer: left open: \"they\" refers to several people", reasons[0]);
        Assert.Equal("Importer: Mike Pompeo, 95% sure: \"Mike Pompeo said\" in the same sentence", reasons[1]);
        Assert.Contains("uncertain", page.QuerySelectorAll(".quote-reason")[0].ClassList);
        Assert.Equal("", page.QuerySelector("select[name='Quotes[0].Source'] option[selected]")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_merges_the_fields_only_one_of_them_changed()
    {
        using var factory = new PortalFactory();
        var (alice, bob) = await TwoEditorsAsync(factory);
        var aliceForm = Fields(await PageAsync(alice, Url));
        var bobForm = Fields(await PageAsync(bob, Url));

        aliceForm["Form.Standfirst"] = "Alice's standfirst.";
        aliceForm["Form.TagsText"] = "diplomacy";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save")).StatusCode);
        bobForm["Form.Body"] += "\n\nBob's new paragraph.";
        bobForm["Form.TagsText"] = "talks";
        var merged = await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var page = await PageAsync(bob, Url);
        // Told what was merged, from whom and when.
        Assert.Matches("^Saved\\. Merged with what alice@example\\.com at [0-9]{2}:[0-9]{2} UTC saved meanwhile: standfirst", page.QuerySelector(".notice")!.TextContent);
        var saved = Fields(page);
        Assert.Equal("Alice's standfirst.", saved["Form.Standfirst"]);
        Assert.Contains("Bob's new paragraph.", saved["Form.Body"]);
        Assert.Equal("diplomacy, talks", saved["Form.TagsText"]);
    }

    [Fact]
    public async Task Edits_to_different_paragraphs_of_the_body_both_stand()
    {
        using var factory = new PortalFactory();
        var (alice, bob) = await TwoEditorsAsync(factory);
        var aliceForm = Fields(await PageAsync(alice, Url));
        var bobForm = Fields(await PageAsync(bob, Url));

        aliceForm["Form.Body"] = aliceForm["Form.Body"].Replace("Talks went on into the night.", "Talks went on past midnight.");
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save")).StatusCode);
        bobForm["Form.Body"] = bobForm["Form.Body"].Replace("There is more to do,", "There is much more to do,");
        Assert.Equal(HttpStatusCode.Redirect, (await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save")).StatusCode);

        var body = Fields(await PageAsync(bob, Url))["Form.Body"];
        Assert.Contains("past midnight.", body);
        Assert.Contains("There is much more to do,", body);
    }

    [Fact]
    public async Task A_field_both_changed_is_shown_with_the_other_editors_save_and_settled_by_the_choice_made()
    {
        using var factory = new PortalFactory();
        var (alice, bob) = await TwoEditorsAsync(factory);
        var aliceForm = Fields(await PageAsync(alice, Url));
        var bobForm = Fields(await PageAsync(bob, Url));

        aliceForm["Form.Headline"] = "Alice's headline";
        aliceForm["Form.Standfirst"] = "Alice's standfirst.";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save")).StatusCode);
        bobForm["Form.Headline"] = "Bob's headline";
        bobForm["Form.Section"] = "World";
        var conflict = await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync());
        Assert.Equal(["Headline"], page.QuerySelectorAll(".field-conflict legend").Select(l => l.TextContent));
        Assert.Equal("Alice's headline", page.QuerySelector(".field-conflict .theirs")!.TextContent);
        Assert.Contains("alice@example.com", page.QuerySelector(".saved-by")!.TextContent);
        var form = Fields(page);
        Assert.Equal("Bob's headline", form["Form.Headline"]);
        Assert.Equal("Alice's standfirst.", form["Form.Standfirst"]);

        // "Use theirs" takes Alice's headline; keeping his own section, Bob reverts nothing he did not touch.
        form["Form.TakeTheirs"] = "Headline";
        Assert.Equal(HttpStatusCode.Redirect, (await bob.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);
        var saved = Fields(await PageAsync(bob, Url));
        Assert.Equal("Alice's headline", saved["Form.Headline"]);
        Assert.Equal("Alice's standfirst.", saved["Form.Standfirst"]);
        Assert.Equal("World", saved["Form.Section"]);
    }

    [Fact]
    public async Task Keeping_mine_after_a_conflict_keeps_my_field_and_the_other_editors_others()
    {
        using var factory = new PortalFactory();
        var (alice, bob) = await TwoEditorsAsync(factory);
        var aliceForm = Fields(await PageAsync(alice, Url));
        var bobForm = Fields(await PageAsync(bob, Url));
        aliceForm["Form.Headline"] = "Alice's headline";
        aliceForm["Form.Kicker"] = "Analysis";
        await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save");
        bobForm["Form.Headline"] = "Bob's headline";

        var page = new HtmlParser().ParseDocument(await (await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await bob.SubmitFormAsync(Url, Fields(page), Url + "?handler=Save")).StatusCode);

        var saved = Fields(await PageAsync(bob, Url));
        Assert.Equal("Bob's headline", saved["Form.Headline"]);
        Assert.Equal("Analysis", saved["Form.Kicker"]);
    }

    [Fact]
    public async Task Saving_the_same_form_twice_raises_no_false_conflict()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        var form = Fields(await PageAsync(editor, Url));
        form["Form.Standfirst"] = "Past midnight.";

        var first = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");
        var second = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
    }

    [Fact]
    public async Task A_failed_save_shows_the_errors_beside_the_fields_with_everything_as_typed()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        var form = Fields(await PageAsync(editor, Url));
        form["Form.Headline"] = "";
        form["Form.Section"] = new string('s', 200);
        form["Form.Body"] = Wire + "\n\n<script>alert('typed')</script>";

        var response = await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Form.Headline']")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Form.Section']")!.TextContent.Trim());
        Assert.Equal(new string('s', 200), page.QuerySelector("input[name='Form.Section']")!.GetAttribute("value"));
        Assert.Contains("<script>alert('typed')</script>", page.QuerySelector("textarea[name='Form.Body']")!.TextContent);
        Assert.DoesNotContain("<script>alert('typed')</script>", html);
    }

    [Fact]
    public async Task Writers_edit_only_their_own_drafts_and_cannot_publish()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        await factory.CreateUserAsync("other@example.com", Roles.Writer);
        var writer = await factory.SignedInClientAsync("writer@example.com");
        var other = await factory.SignedInClientAsync("other@example.com");
        await writer.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Mine", ["Input.Text"] = Wire });
        const string Url = "/admin/articles/mine/edit";

        var own = await PageAsync(writer, Url);
        Assert.Null(own.QuerySelector("form[action*='handler=Publish']"));
        Assert.Null(own.QuerySelector("a[href='/admin/photos']")); // the library is for editors; no link a writer cannot follow
        var publish = await writer.SubmitFormAsync(Url, [], Url + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.StartsWith("https://localhost/admin/denied", publish.Headers.Location?.ToString());
        Assert.StartsWith("https://localhost/admin/denied", (await other.GetAsync(Url)).Headers.Location?.ToString());
        Assert.StartsWith("https://localhost/admin/denied", (await other.GetAsync($"/articles/{SeedStory.Slug}".Replace("/articles/", "/admin/articles/") + "/edit")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Publishing_names_what_is_missing_then_goes_live_once_fixed()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = "TOKYO -- Talks went on.\n\n\"Nobody knows who said this,\" they said." });

        var refused = await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish");
        var refusal = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("needs a source, or to be marked as not speech", refusal.QuerySelector(".form-errors")!.TextContent);

        var page = await PageAsync(editor, Url);
        Assert.NotNull(page.QuerySelector("a[href='/admin/photos']"));
        var review = Fields(page, "form[action*='handler=Save']");
        review["Quotes[0].Source"] = "person:mike-pompeo";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, review, Url + "?handler=Save")).StatusCode);
        var published = await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Nobody knows who said this,", await factory.CreateClient().GetStringAsync("/articles/talks-run-late"));
    }

    [Fact]
    public async Task The_review_settles_speakers_people_and_photos_in_one_save_or_saves_none_of_them()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Delegates arrive", ["Input.Text"] = Wire + "\n\n(Delegates arrive)\n[UPI/KCNA]" });
        const string Url = "/admin/articles/delegates-arrive/edit";
        var review = Fields(await PageAsync(editor, Url), "form[action*='handler=Save']");
        review["Photos[0].AltText"] = "Delegates walking into a hall";
        review["Photos[0].Credit"] = "Kyodo/UPI";
        review["Mentioned[0].Title"] = "Secretary of State";

        var refused = await editor.SubmitFormAsync(Url, new(review) { ["Mentioned[0].Name"] = "" }, Url + "?handler=Save");
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Mentioned[0].Name']")!.TextContent);
        Assert.Equal("Delegates walking into a hall", page.FormFields("form[action*='handler=Save']")["Photos[0].AltText"]);
        Assert.Null(await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().Images.Where(i => i.Caption == "Delegates arrive").Select(i => i.AltText).SingleAsync()));

        var saved = await editor.SubmitFormAsync(Url, review, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<PortalDbContext>();
            var image = await db.Images.Include(i => i.Credits).ThenInclude(c => c.Agency).SingleAsync(i => i.Caption == "Delegates arrive");
            var person = await db.People.SingleAsync(p => p.Slug == review["Mentioned[0].Slug"]);
            return (image.AltText, image.CreditLine, person.Title);
        });
        Assert.Equal(("Delegates walking into a hall", "Kyodo / UPI", "Secretary of State"), stored);
    }

    [Fact]
    public async Task One_save_keeps_the_fields_typed_and_the_review_together_as_one_revision()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Delegates arrive", ["Input.Text"] = Wire + "\n\n(Delegates arrive)\n[UPI/KCNA]" });
        const string Url = "/admin/articles/delegates-arrive/edit";
        var form = Fields(await PageAsync(editor, Url));
        form["Form.Headline"] = "Delegates arrive for late talks";
        form["Form.Standfirst"] = "The talks ran past midnight.";
        form["Form.Section"] = "World";
        form["Form.TagsText"] = "diplomacy, Japan";
        form["Quotes[0].Source"] = "not-speech";
        form["Photos[0].AltText"] = "Delegates walking into a hall";
        form["Photos[0].Caption"] = "Delegates arrive in Tokyo";

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);

        var saved = Fields(await PageAsync(editor, Url));
        Assert.Equal(("Delegates arrive for late talks", "The talks ran past midnight.", "World", "Japan, diplomacy"),
            (saved["Form.Headline"], saved["Form.Standfirst"], saved["Form.Section"], saved["Form.TagsText"]));
        Assert.Equal(("not-speech", "Delegates walking into a hall", "Delegates arrive in Tokyo"), (saved["Quotes[0].Source"], saved["Photos[0].AltText"], saved["Photos[0].Caption"]));
        Assert.Contains("(Delegates arrive in Tokyo)\n[UPI/KCNA]", saved["Form.Body"]);
        var revisions = await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().ArticleRevisions
            .Where(r => r.Article!.Slug == "delegates-arrive").OrderBy(r => r.Number).Select(r => r.Change).ToListAsync());
        Assert.Equal(2, revisions.Count);
        Assert.Equal("headline, standfirst, section, tags, quote sources, photos", revisions[1]);
    }

    [Fact]
    public async Task A_quote_source_someone_changed_meanwhile_stands_unless_this_editor_changed_it_too()
    {
        using var factory = new PortalFactory();
        var (alice, bob) = await TwoEditorsAsync(factory);
        await alice.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Two quotes", ["Input.Text"] = Wire + "\n\n\"Nobody knows,\" they told reporters." });
        const string Url = "/admin/articles/two-quotes/edit";
        var aliceForm = Fields(await PageAsync(alice, Url));
        var bobForm = Fields(await PageAsync(bob, Url));
        var open = QuoteIdWithSource(aliceForm, "");
        var given = QuoteIdWithSource(aliceForm, "person:mike-pompeo");

        aliceForm[SourceKey(aliceForm, open)] = "not-speech";
        aliceForm[SourceKey(aliceForm, given)] = "not-speech";
        Assert.Equal(HttpStatusCode.Redirect, (await alice.SubmitFormAsync(Url, aliceForm, Url + "?handler=Save")).StatusCode);
        // Bob never touched the open quote; the one given to Pompeo he leaves open, where Alice marked it not speech.
        bobForm[SourceKey(bobForm, given)] = "";
        var conflict = await bob.SubmitFormAsync(Url, bobForm, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync());
        Assert.Single(page.QuerySelectorAll(".meanwhile"));
        var form = Fields(page);
        Assert.Equal(("not-speech", ""), (form[SourceKey(form, open)], form[SourceKey(form, given)]));
        Assert.Equal(HttpStatusCode.Redirect, (await bob.SubmitFormAsync(Url, form, Url + "?handler=Save")).StatusCode);
        var saved = Fields(await PageAsync(bob, Url));
        Assert.Equal(("not-speech", ""), (saved[SourceKey(saved, open)], saved[SourceKey(saved, given)]));
    }

    private static string QuoteIdWithSource(Dictionary<string, string> form, string source) =>
        form[form.Single(f => f.Key.EndsWith(".Source", StringComparison.Ordinal) && f.Value == source).Key.Replace(".Source", ".Id")];

    private static string SourceKey(Dictionary<string, string> form, string quoteId) =>
        form.Single(f => f.Key.StartsWith("Quotes[", StringComparison.Ordinal) && f.Key.EndsWith("].Id", StringComparison.Ordinal) && f.Value == quoteId).Key.Replace(".Id", ".Source");

    [Fact]
    public async Task A_photo_without_a_file_stops_publication_until_it_is_marked_no_image_available()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Delegates arrive", ["Input.Text"] = Wire + "\n\n(Delegates arrive)\n[UPI/KCNA]" });
        const string Url = "/admin/articles/delegates-arrive/edit";
        var form = Fields(await PageAsync(editor, Url));
        form["Photos[0].AltText"] = "Delegates walking into a hall";
        await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        var refused = new HtmlParser().ParseDocument(await (await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish")).Content.ReadAsStringAsync());
        Assert.Contains("has no file: attach one, or mark it \"no image available\"", refused.QuerySelector(".form-errors")!.TextContent);
        form = Fields(await PageAsync(editor, Url));
        form["Photos[0].NoImageAvailable"] = "true";
        await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url, [], Url + "?handler=Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/articles/delegates-arrive")).StatusCode);
    }

    [Fact]
    public async Task A_publish_time_that_is_not_a_time_publishes_nothing_and_says_so_beside_the_field()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });

        var refused = await editor.SubmitFormAsync(Url, new() { ["at"] = "next tuesday<script>" }, Url + "?handler=Publish");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("date and time", page.QuerySelector("[data-valmsg-for='at']")!.TextContent);
        Assert.Equal("next tuesday<script>", page.QuerySelector("#publish-at")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/articles/talks-run-late")).StatusCode);
    }

    [Fact]
    public async Task History_lists_every_save_and_restoring_adds_a_revision()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "First headline", ["Input.Text"] = Wire });
        const string Url = "/admin/articles/first-headline/edit";
        var form = Fields(await PageAsync(editor, Url));
        form["Form.Headline"] = "Second headline";
        await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        var diff = await PageAsync(editor, "/admin/articles/first-headline/history?from=1&to=2");
        // Word by word: only the word that changed is struck out and marked new.
        Assert.Equal("Removed: First", diff.QuerySelector(".diff del")!.TextContent);
        Assert.Equal("Added: Second", diff.QuerySelector(".diff ins")!.TextContent);
        var restored = await editor.SubmitFormAsync("/admin/articles/first-headline/history", [], "/admin/articles/first-headline/history?handler=Restore&number=1");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("First headline", Fields(await PageAsync(editor, Url))["Form.Headline"]);
        var changes = await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().ArticleRevisions
            .Where(r => r.Article!.Slug == "first-headline").OrderBy(r => r.Number).Select(r => r.Change).ToListAsync());
        Assert.Equal(3, changes.Count);
        Assert.StartsWith("restored revision 1", changes[2]);
    }

    [Fact]
    public async Task A_span_marked_not_speech_in_the_review_stays_so_after_the_body_is_saved_again_and_an_unnamed_source_needs_its_description()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        var review = Fields(await PageAsync(editor, Url), "form[action*='handler=Save']");

        var undescribed = await editor.SubmitFormAsync(Url, new(review) { ["Quotes[0].Source"] = "unnamed", ["Quotes[0].UnnamedSource"] = " " }, Url + "?handler=Save");
        review["Quotes[0].Source"] = "not-speech";
        var marked = await editor.SubmitFormAsync(Url, review, Url + "?handler=Save");
        var form = Fields(await PageAsync(editor, Url));
        form["Form.Body"] += "\n\nThe talks resume on Monday.";
        await editor.SubmitFormAsync(Url, form, Url + "?handler=Save");

        var refused = new HtmlParser().ParseDocument(await undescribed.Content.ReadAsStringAsync());
        Assert.Contains("Describe the unnamed source", refused.QuerySelector("[data-valmsg-for='Quotes[0].Source']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var page = await PageAsync(editor, Url);
        Assert.Equal("not-speech", page.QuerySelector("select[name='Quotes[0].Source'] option[selected]")?.GetAttribute("value"));
        Assert.Contains("The talks resume on Monday.", Fields(page)["Form.Body"]);
    }

    [Fact]
    public async Task The_review_creates_a_person_from_a_name_and_gives_them_the_quote()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Talks run late",
            ["Input.Text"] = "TOKYO -- Talks went on.\n\n\"We will meet again,\" the delegate said.",
        });
        var review = Fields(await PageAsync(editor, Url), "form[action*='handler=Save']");
        Assert.Equal("", review["Quotes[0].Source"]);

        var nameless = await editor.SubmitFormAsync(Url, new(review) { ["Quotes[0].NewPerson"] = "!!!" }, Url + "?handler=Save");
        review["Quotes[0].NewPerson"] = "Aiko Tanaka";
        var named = await editor.SubmitFormAsync(Url, review, Url + "?handler=Save");

        var refused = new HtmlParser().ParseDocument(await nameless.Content.ReadAsStringAsync());
        Assert.Contains("name in letters", refused.QuerySelector("[data-valmsg-for='Quotes[0].NewPerson']")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var page = await PageAsync(editor, Url);
        Assert.Equal("person:aiko-tanaka", page.QuerySelector("select[name='Quotes[0].Source'] option[selected]")?.GetAttribute("value"));
        Assert.Equal(1, await factory.WithServicesAsync(s => s.GetRequiredService<PortalDbContext>().People.CountAsync(p => p.Name == "Aiko Tanaka")));
    }

    [Fact]
    public async Task A_quote_left_open_between_two_people_is_given_to_either_in_one_click()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        await editor.SubmitFormAsync("/admin/import", new()
        {
            ["Input.Headline"] = "Fire kills five",
            ["Input.Text"] = """
                President Andrzej Duda said the fire was a tragedy while Minister Joachim Brudzinski wrote that checks would follow. He tweeted, "We grieve with the families."
                """,
        });
        const string Url = "/admin/articles/fire-kills-five/edit";
        var page = await PageAsync(editor, Url);
        var buttons = page.QuerySelectorAll("form[action*='handler=Save'] button[name=accept]").ToList();
        Assert.Equal(["Said by Joachim Brudzinski", "Said by Andrzej Duda"], buttons.Select(b => b.TextContent.Trim()));

        var review = Fields(page, "form[action*='handler=Save']");
        review["accept"] = buttons[0].GetAttribute("value")!;
        var accepted = await editor.SubmitFormAsync(Url, review, Url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = await PageAsync(editor, Url);
        Assert.Equal("person:joachim-brudzinski", after.QuerySelector("select[name='Quotes[0].Source'] option[selected]")?.GetAttribute("value"));
        Assert.Empty(after.QuerySelectorAll("button[name=accept]"));
    }

    private static Task<IDocument> PageAsync(HttpClient client, string url) => client.GetDocumentAsync(url);

    private const string Url = "/admin/articles/talks-run-late/edit";

    /// <summary>Alice and Bob, both editors, and the article they are about to edit at the same time.</summary>
    private static async Task<(HttpClient Alice, HttpClient Bob)> TwoEditorsAsync(PortalFactory factory)
    {
        await factory.CreateUserAsync("alice@example.com", Roles.Editor);
        await factory.CreateUserAsync("bob@example.com", Roles.Editor);
        var alice = await factory.SignedInClientAsync("alice@example.com");
        var bob = await factory.SignedInClientAsync("bob@example.com");
        await alice.SubmitFormAsync("/admin/import", new() { ["Input.Headline"] = "Talks run late", ["Input.Text"] = Wire });
        return (alice, bob);
    }

    private static Dictionary<string, string> Fields(IDocument page, string form = "form[action*='handler=Save']") => page.FormFields(form);
}
