using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Two editors in two browsers on one story, the second saving a form opened before the first one's save: what only
/// one of them changed is merged, and nothing the second did not touch is reverted.
/// </summary>
public sealed class MergeTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private const string Wire = """
        BERGEN -- The harbour board met on Monday.

        The board will decide on the new pier next month.

        "We need more room for ferries," the harbour master said.

        (Ferries wait in Bergen harbour)
        [NTB/Reuters]
        """;

    [Fact]
    public async Task Changes_to_different_paragraphs_of_the_body_are_both_kept()
    {
        var (first, second) = await TwoEditorsAsync("paragraphs", "Harbour board meets");

        await ReplaceInBodyAsync(first, "met on Monday.", "met on Monday evening.");
        await SaveAsync(first);
        await ReplaceInBodyAsync(second, "next month.", "next month, after a hearing.");
        await SaveAsync(second);

        Assert.Contains("Merged with what paragraphs-first@example.com at", await second.Locator(".notice").InnerTextAsync());
        var body = await second.GetByLabel("Body").InputValueAsync();
        Assert.Contains("met on Monday evening.", body);
        Assert.Contains("next month, after a hearing.", body);
    }

    [Fact]
    public async Task A_quote_source_and_a_photo_set_by_one_editor_survive_the_others_save_of_other_fields()
    {
        var (first, second) = await TwoEditorsAsync("records", "Harbour board decides");

        await first.GetByLabel("Source of quote 1").SelectOptionAsync(new SelectOptionValue { Value = "unnamed" });
        await first.GetByLabel("Description of an unnamed source for quote 1").FillAsync("the harbour master");
        await first.GetByLabel("Alt text (what the photo shows; needed to publish)").FillAsync("Two ferries moored at a quay");
        await SaveAsync(first);
        await second.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).FillAsync("The pier waits for a hearing.");
        await SaveAsync(second);

        Assert.Equal("unnamed", await second.GetByLabel("Source of quote 1").InputValueAsync());
        Assert.Equal("the harbour master", await second.GetByLabel("Description of an unnamed source for quote 1").InputValueAsync());
        Assert.Equal("Two ferries moored at a quay", await second.GetByLabel("Alt text (what the photo shows; needed to publish)").InputValueAsync());
        Assert.Equal("The pier waits for a hearing.", await second.GetByRole(AriaRole.Textbox, new() { Name = "Standfirst" }).InputValueAsync());
    }

    [Fact]
    public async Task A_quote_source_both_editors_changed_differently_is_shown_with_the_other_choice_and_saving_keeps_ones_own()
    {
        var (first, second) = await TwoEditorsAsync("sources", "Harbour board listens");

        await first.GetByLabel("Source of quote 1").SelectOptionAsync(new SelectOptionValue { Value = "not-speech" });
        await SaveAsync(first);
        await second.GetByLabel("Source of quote 1").SelectOptionAsync(new SelectOptionValue { Value = "unnamed" });
        await second.GetByLabel("Description of an unnamed source for quote 1").FillAsync("the harbour master");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(second.Locator(".meanwhile")).ToContainTextAsync("now not speech");
        Assert.Equal("unnamed", await second.GetByLabel("Source of quote 1").InputValueAsync());
        await SaveAsync(second);
        Assert.Equal("the harbour master", await second.GetByLabel("Description of an unnamed source for quote 1").InputValueAsync());
    }

    /// <summary>Two editors with the same new story open, each in a browser of their own.</summary>
    private async Task<(IPage First, IPage Second)> TwoEditorsAsync(string name, string headline)
    {
        await portal.CreateEditorAsync($"{name}-first@example.com");
        await portal.CreateEditorAsync($"{name}-second@example.com");
        var first = await portal.SignedInPageAsync($"{name}-first@example.com");
        var second = await portal.SignedInPageAsync($"{name}-second@example.com");
        await first.GotoAsync(portal.BaseUrl + "/admin/import");
        await first.GetByLabel("Headline (optional: the importer suggests one)").FillAsync(headline);
        await first.GetByLabel("Wire copy").FillAsync(Wire);
        await first.GetByRole(AriaRole.Button, new() { Name = "Import as a draft" }).ClickAsync();
        await first.WaitForURLAsync("**/edit");
        await second.GotoAsync(first.Url);
        return (first, second);
    }

    private static async Task ReplaceInBodyAsync(IPage page, string old, string replacement)
    {
        var body = page.GetByLabel("Body");
        await body.FillAsync((await body.InputValueAsync()).Replace(old, replacement, StringComparison.Ordinal));
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Saved.");
    }
}
