using Microsoft.Playwright;
using SkiaSharp;

namespace Portal.BrowserTests;

/// <summary>An editor's day in a real browser: sign in, import, fix, name a new person, upload, publish; and two editors on one article.</summary>
public sealed class NewsroomJourneyTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private const string Wire = """
        TOKYO, June 2 (Kyodo) -- Talks between the two delegations went on into the night.

        "Nobody knows who said this," a voice said.

        "We will meet again," the delegate said.

        (Delegates arrive for the talks)
        [UPI/KCNA]
        """;

    [Fact]
    public async Task An_editor_imports_fixes_attributes_uploads_publishes_and_readers_see_it()
    {
        await portal.CreateEditorAsync("journey@example.com");
        var page = await portal.SignedInPageAsync("journey@example.com");

        await page.GotoAsync(portal.BaseUrl + "/admin/import");
        await page.GetByLabel("Headline (optional: the importer suggests one)").FillAsync("Tokyo talks run late");
        await page.GetByLabel("Wire copy").FillAsync(Wire);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as a draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/articles/tokyo-talks-run-late/edit");
        Assert.Contains("Draft created", await page.Locator(".notice").InnerTextAsync());

        // The quote nobody is named for comes first; the one given to an unnamed voice second.
        await page.GetByLabel("New person who said quote 1").FillAsync("Aiko Tanaka");
        // Mike Pompeo is not in this story: the picker's search finds him.
        await page.GetByLabel("Find a person for quote 2").FillAsync("Mike Pom");
        await Assertions.Expect(page.GetByLabel("Source of quote 2")).ToHaveValueAsync("person:mike-pompeo");
        await page.GetByLabel("Alt text (what the photo shows; needed to publish)").FillAsync("Delegates walking into a conference hall");
        await page.GetByLabel("Photo file (JPEG, PNG or WebP)").SetInputFilesAsync(new FilePayload { Name = "talks.png", MimeType = "image/png", Buffer = Png() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.StartsWith("Saved.", await page.Locator(".notice").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        Assert.Equal("Published.", await page.Locator(".notice").InnerTextAsync());

        var reader = await portal.NewPageAsync();
        await reader.GotoAsync(portal.BaseUrl + "/articles/tokyo-talks-run-late");
        Assert.Equal("Tokyo talks run late", await reader.Locator("h1").TextContentAsync());
        var photo = reader.Locator("figure img");
        Assert.Equal("Delegates walking into a conference hall", await photo.GetAttributeAsync("alt"));
        // Below the first paragraphs the photo loads as the reader scrolls to it.
        Assert.Equal("lazy", await photo.GetAttributeAsync("loading"));
        await photo.ScrollIntoViewIfNeededAsync();
        await reader.WaitForFunctionAsync("img => img.complete && img.naturalWidth === 60", await photo.ElementHandleAsync());
        Assert.Contains("Photo: UPI via KCNA", await reader.Locator("figcaption").InnerTextAsync());
        Assert.Equal("/people/mike-pompeo", await reader.Locator("a.quote").First.GetAttributeAsync("href"));
        Assert.Equal("/people/aiko-tanaka", await reader.Locator("a.quote").Last.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task An_editor_gives_a_quote_left_open_between_two_people_to_one_of_them_in_one_click()
    {
        await portal.CreateEditorAsync("oneclick@example.com");
        var page = await portal.SignedInPageAsync("oneclick@example.com");
        await page.GotoAsync(portal.BaseUrl + "/admin/import");
        await page.GetByLabel("Headline (optional: the importer suggests one)").FillAsync("Fire kills five");
        await page.GetByLabel("Wire copy").FillAsync("""
            President Andrzej Duda said the fire was a tragedy while Minister Joachim Brudzinski wrote that checks would follow. He tweeted, "We grieve with the families."
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as a draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/articles/fire-kills-five/edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Said by Joachim Brudzinski" }).ClickAsync();

        Assert.StartsWith("Saved.", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal("person:joachim-brudzinski", await page.GetByLabel("Source of quote 1").InputValueAsync());
    }

    [Fact]
    public async Task Two_editors_on_one_article_merge_what_only_one_changed_and_choose_where_both_did()
    {
        await portal.CreateEditorAsync("first@example.com");
        await portal.CreateEditorAsync("second@example.com");
        var first = await portal.SignedInPageAsync("first@example.com");
        var second = await portal.SignedInPageAsync("second@example.com");
        await first.GotoAsync(portal.BaseUrl + "/admin/import");
        await first.GetByLabel("Headline (optional: the importer suggests one)").FillAsync("Shared story");
        await first.GetByLabel("Wire copy").FillAsync(Wire);
        await first.GetByRole(AriaRole.Button, new() { Name = "Import as a draft" }).ClickAsync();
        await first.WaitForURLAsync("**/admin/articles/shared-story/edit");
        await second.GotoAsync(portal.BaseUrl + "/admin/articles/shared-story/edit");

        await first.GetByLabel("Headline").First.FillAsync("The first editor's headline");
        await first.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).FillAsync("The first editor's standfirst.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.StartsWith("Saved.", await first.Locator(".notice").InnerTextAsync());
        var body = second.GetByLabel("Body");
        await body.FillAsync(await body.InputValueAsync() + "\n\nThe second editor's paragraph.");
        await second.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).FillAsync("The second editor's standfirst.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        // The headline only the first changed is merged in; the standfirst both changed waits for a choice.
        await Assertions.Expect(second.Locator(".conflict h2")).ToHaveTextAsync("Someone else saved this article while you were editing");
        Assert.Contains("first@example.com", await second.Locator(".saved-by").InnerTextAsync());
        Assert.Equal("The first editor's headline", await second.GetByLabel("Headline").First.InputValueAsync());
        Assert.Contains("The second editor's paragraph.", await second.GetByLabel("Body").InputValueAsync());
        Assert.Equal("The second editor's standfirst.", await second.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
        await second.GetByLabel("Use theirs for the standfirst").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        Assert.StartsWith("Saved.", await second.Locator(".notice").InnerTextAsync());
        Assert.Equal("The first editor's standfirst.", await second.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
        Assert.Equal("The first editor's headline", await second.GetByLabel("Headline").First.InputValueAsync());
        Assert.Contains("The second editor's paragraph.", await second.GetByLabel("Body").InputValueAsync());
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(60, 40);
        bitmap.Erase(SKColors.DarkSlateBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
