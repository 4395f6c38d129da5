using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>When the store cannot write (locked by another process, or the disk full), a write is refused with 503 and Retry-After, nothing typed is lost, and Portal recovers.</summary>
[Trait(Store.Trait, Store.Sqlite)]
public sealed class StoreFaultTests
{
    [Fact]
    public async Task A_database_held_locked_by_another_process_gets_503_saves_nothing_keeps_serving_and_recovers()
    {
        using var folder = new TempFolder();
        using var factory = new PortalFactory(folder.DatabasePath);
        factory.Settings["Portal:Database:LockTimeoutSeconds"] = "1";
        var api = await factory.EditorApiAsync();
        await factory.CreateUserAsync("desk@example.com", Roles.Editor);
        var desk = await factory.SignedInClientAsync("desk@example.com");
        var edit = $"/admin/articles/{SeedStory.Slug}/edit";
        var form = (await desk.GetDocumentAsync(edit)).FormFields("form[action*='handler=Save']");
        form["Form.Headline"] = "Held back by a lock";
        var article = new { headline = "Written under a lock", body = "A paragraph." };

        HttpResponseMessage apiWrite, formSave, read;
        using (var holder = new SqliteConnection($"Data Source={folder.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            apiWrite = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", article);
            formSave = await desk.SubmitFormAsync(edit, form, edit + "?handler=Save");
            read = await factory.CreateClient().GetAsync($"/articles/{SeedStory.Slug}");
        }

        var problem = await apiWrite.ProblemAsync(503);
        Assert.Equal("5", apiWrite.Headers.RetryAfter?.ToString());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable", problem.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, formSave.StatusCode);
        Assert.Equal("5", formSave.Headers.RetryAfter?.ToString());
        var page = new HtmlParser().ParseDocument(await formSave.Content.ReadAsStringAsync());
        Assert.Equal("Held back by a lock", page.QuerySelector("input[name='Form.Headline']")!.GetAttribute("value"));
        Assert.Contains("nothing was saved", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/articles/written-under-a-lock")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", article)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.SubmitFormAsync(edit, form, edit + "?handler=Save")).StatusCode);
        Assert.Equal("Held back by a lock", (await desk.GetDocumentAsync(edit)).FormFields("form[action*='handler=Save']")["Form.Headline"]);
    }

    [Fact]
    public async Task A_full_disk_gets_503_for_the_write_saves_nothing_and_Portal_recovers_when_space_is_freed()
    {
        using var disk = new SmallDisk(megabytes: 24);
        using var factory = new PortalFactory(disk.DatabasePath);
        var api = await factory.EditorApiAsync();
        // Far more than the write-ahead log already holds, so the save needs new space on the disk.
        var body = string.Join("\n\n", Enumerable.Range(1, 90).Select(n => $"Paragraph {n}: " + string.Concat(Enumerable.Repeat($"word{n} ", 300))));
        var article = new { headline = "Written to a full disk", body };

        disk.Fill();
        var refused = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", article);
        disk.Free();

        // While the disk is full even a read may fail (SQLite's shared-memory file can need space), so reads are
        // checked once space is back.
        await refused.ProblemAsync(503);
        Assert.Equal("5", refused.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/articles/written-to-a-full-disk")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", article)).StatusCode);
        var saved = await api.GetAsync("/api/articles/written-to-a-full-disk");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("word90 word90", await saved.Content.ReadAsStringAsync());
        await using var connection = new SqliteConnection($"Data Source={disk.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await check.ExecuteScalarAsync());
    }
}
