using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;
using Portal.Web.Imports;

namespace Portal.BrowserTests;

/// <summary>Script and markup typed into every field are shown as the text they are, on every page that shows them, and never run.</summary>
public sealed class StoredScriptTests(LivePortal portal) : IClassFixture<LivePortal>
{
    private const string Payload = "<script>window.__xss=1</script><img src=x onerror=window.__xss=1><svg onload=window.__xss=1>";

    /// <summary>For the fields that hold 60 characters (section, tag).</summary>
    private const string ShortPayload = "<svg onload=window.__xss=1>";

    [Fact]
    public async Task Script_stored_in_every_field_shows_as_text_and_never_runs_for_readers_or_editors()
    {
        var (slug, agency, tag, section) = await StoreHostileStoryAsync();
        await portal.CreateEditorAsync("xss@example.com");
        var editor = await portal.SignedInPageAsync("xss@example.com");
        var reader = await portal.NewPageAsync();
        var dialogs = new List<string>();
        foreach (var page in new[] { reader, editor })
        {
            page.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        }

        var visits = new (IPage Page, string Path)[]
        {
            (reader, $"/articles/{slug}"), (reader, "/people/mike-pompeo"), (reader, "/quotes"), (reader, $"/credits/{agency}"),
            (reader, "/search?q=talks"), (reader, $"/tags/{tag}"), (reader, $"/sections/{section}"), (reader, "/"),
            (editor, $"/admin/articles/{slug}/edit"), (editor, $"/admin/articles/{slug}/preview"), (editor, $"/admin/articles/{slug}/history"),
            (editor, "/admin/articles"), (editor, "/admin/people/mike-pompeo/edit"), (editor, "/admin/people"), (editor, "/admin/quotes"),
            (editor, "/admin/photos"), (editor, "/admin/agencies"),
        };
        foreach (var (page, path) in visits)
        {
            var response = await page.GotoAsync(portal.BaseUrl + path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"script ran on {path}");
            // Structured data may quote the text, as JSON with "<" escaped; any other script or injected element is a breach.
            Assert.True(await page.EvaluateAsync<bool>("""
                () => document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length === 0
                    && [...document.scripts].every(s => !s.text.includes('__xss') || (s.type === 'application/ld+json' && !s.text.includes('<')))
                """), $"markup from the store became elements or script on {path}");
        }

        Assert.Empty(dialogs);
        await reader.GotoAsync(portal.BaseUrl + $"/articles/{slug}");
        Assert.Contains("<script>window.__xss=1</script>", await reader.Locator("article").InnerTextAsync());
    }

    /// <summary>A published story whose every text (headline, standfirst, dateline, section, tag, paragraphs, quote, caption, alt text, credit, speaker's title) carries the payload.</summary>
    private async Task<(string Slug, string Agency, string Tag, string Section)> StoreHostileStoryAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<WireImporter>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var text = $"""
            TOKYO -- Hostile talks {Payload} went on.

            "We will not run {Payload}," Mike Pompeo said.

            (Delegates {Payload} arrive)
            [{Payload}/UPI]
            """;
        var (article, _) = await importer.ImportAsync(new WireImportRequest(text, $"Hostile {Payload}"), CancellationToken.None);
        Assert.NotNull(article);
        article.Write(new ArticleInput
        {
            Headline = article.Headline,
            Standfirst = Payload,
            Dateline = Payload,
            Section = $"Hostile {ShortPayload}",
            Tags = [$"Hostile {ShortPayload}"],
            Body = text,
        }.ToText());
        article.Status = ArticleStatus.Published;
        article.PublishedAt = DateTime.UtcNow.AddMinutes(-1);
        var image = article.Blocks.Single(b => b.Image is not null).Image!;
        image.AltText = Payload;
        var pompeo = await db.People.SingleAsync(p => p.Slug == "mike-pompeo");
        pompeo.Title = Payload;
        await db.SaveChangesAsync();
        var agency = image.Credits.OrderBy(c => c.Position).First().Agency.Slug;
        return (article.Slug, agency, article.Tags.Single().Slug, Slug.From(article.Section!, Article.SectionMaxLength));
    }
}
