using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The article editor keeps what was typed: a warning before leaving it unsaved, and a draft kept in the browser.</summary>
public sealed class ArticleEditorTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private const string Wire = """
        OSLO -- The committee met on Friday.

        "We have a decision," the chair said.
        """;

    [Fact]
    public async Task Leaving_the_editor_with_unsaved_changes_asks_first()
    {
        var page = await EditorOnNewStoryAsync("guard@example.com", "Committee meets");
        var headline = page.GetByRole(AriaRole.Textbox, new() { Name = "Headline", Exact = true });
        await headline.ClickAsync();
        await headline.PressSequentiallyAsync(" on Friday");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.AcceptAsync();
        };

        await page.CloseAsync(new() { RunBeforeUnload = true });

        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Changes_never_saved_are_offered_back_when_the_editor_is_opened_again()
    {
        var page = await EditorOnNewStoryAsync("draft@example.com", "Committee decides");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).FillAsync("A decision after a long day.");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('portal:draft:') && localStorage.getItem(k).includes('long day'))");
        var url = page.Url;
        // The tab is closed without a word, as after a crash.
        await page.CloseAsync(new() { RunBeforeUnload = false });

        var again = await page.Context.NewPageAsync();
        await again.GotoAsync(url);
        Assert.Equal("", await again.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
        await again.GetByRole(AriaRole.Button, new() { Name = "Restore my unsaved changes" }).ClickAsync();
        Assert.Equal("A decision after a long day.", await again.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
        await again.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        Assert.StartsWith("Saved.", await again.Locator(".notice").InnerTextAsync());
        Assert.Equal("A decision after a long day.", await again.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
        await again.ReloadAsync();
        Assert.Equal(0, await again.Locator(".draft-offer").CountAsync());
    }

    [Fact]
    public async Task A_renamed_story_with_a_correction_reaches_readers_at_its_old_address_with_the_correction_at_its_foot()
    {
        var page = await EditorOnNewStoryAsync("corrector@example.com", "Committee reaches a decision");
        await page.GetByLabel("Source of quote 1").SelectOptionAsync(new SelectOptionValue { Value = "unnamed" });
        await page.GetByLabel("Description of an unnamed source for quote 1").FillAsync("the chair");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.StartsWith("Saved.", await page.Locator(".notice").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        Assert.Equal("Published.", await page.Locator(".notice").InnerTextAsync());
        await page.GetByLabel("Slug").FillAsync("committee-decides");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/articles/committee-decides/edit");
        await page.GetByLabel("What was wrong, and what is right").FillAsync("An earlier version of this story gave the wrong day. The committee met on Friday.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add at the foot of the story" }).ClickAsync();
        Assert.Equal("Correction added.", await page.Locator(".notice").InnerTextAsync());

        var reader = await portal.NewPageAsync();
        await reader.GotoAsync(portal.BaseUrl + "/articles/committee-reaches-a-decision");

        Assert.EndsWith("/articles/committee-decides", reader.Url);
        Assert.Contains("The committee met on Friday.", await reader.Locator("#corrections").InnerTextAsync());
        Assert.Contains("CorrectionComment", await reader.Locator("script[type='application/ld+json']").TextContentAsync());
        var feed = await (await reader.APIRequest.GetAsync(portal.BaseUrl + "/corrections.xml")).TextAsync();
        Assert.Contains("The committee met on Friday.", feed);
        Assert.Contains("/articles/committee-decides", feed);
    }

    [Fact]
    public async Task The_speaker_picker_finds_a_person_the_story_does_not_name()
    {
        var page = await EditorOnNewStoryAsync("picker@example.com", "Committee chair speaks");
        var source = page.GetByLabel("Source of quote 1");
        Assert.Equal(0, await source.Locator("option[value='person:mike-pompeo']").CountAsync());

        await page.GetByLabel("Find a person for quote 1").FillAsync("pomp");

        await Assertions.Expect(source).ToHaveValueAsync("person:mike-pompeo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.StartsWith("Saved.", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal("person:mike-pompeo", await page.GetByLabel("Source of quote 1").InputValueAsync());
    }

    [Fact]
    public async Task An_editor_opening_an_article_sees_who_else_has_it_open()
    {
        var first = await EditorOnNewStoryAsync("present@example.com", "Committee adjourns");
        await portal.CreateEditorAsync("arriving@example.com");
        var second = await portal.SignedInPageAsync("arriving@example.com");

        await second.GotoAsync(first.Url);

        Assert.Equal("Also editing now: present@example.com", await second.Locator(".presence").InnerTextAsync());
        await first.ReloadAsync();
        Assert.Equal("Also editing now: arriving@example.com", await first.Locator(".presence").InnerTextAsync());
    }

    private async Task<IPage> EditorOnNewStoryAsync(string email, string headline)
    {
        await portal.CreateEditorAsync(email);
        var page = await portal.SignedInPageAsync(email);
        await page.GotoAsync(portal.BaseUrl + "/admin/import");
        await page.GetByLabel("Headline (optional: the importer suggests one)").FillAsync(headline);
        await page.GetByLabel("Wire copy").FillAsync(Wire);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as a draft" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        return page;
    }
}
