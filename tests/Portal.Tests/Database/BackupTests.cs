using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>The backup and restore commands: an online copy taken under write load, checked, and restored whole.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_editors_write_is_sound_and_restores_to_the_same_content()
    {
        using var folder = new TempFolder();
        var backup = Path.Combine(folder.Path, "backups", "portal-backup.db");
        using var factory = new PortalFactory(folder.DatabasePath);
        factory.Settings["Portal:Api:WritesPerMinute"] = "100000";
        var api = await factory.EditorApiAsync();
        var load = new WriteLoad(api, 3, (writer, i) => new { headline = $"Writer {writer} story {i}", body = $"Paragraph {i} of writer {writer}." });
        await load.WaitForAsync(10);

        var taken = await PortalProcess.RunAsync(["backup", "--to", backup], Environment(folder.DatabasePath));
        var afterBackup = load.Acknowledged;
        await load.StopAsync();
        var refused = await PortalProcess.RunAsync(["backup", "--to", backup], Environment(folder.DatabasePath));
        using var restoredFolder = new TempFolder();
        var restored = await PortalProcess.RunAsync(["restore", "--from", backup], Environment(restoredFolder.DatabasePath));

        Assert.Equal(0, taken.Code);
        Assert.Equal(backup + "\n", taken.Output);
        Assert.NotEqual(0, refused.Code);
        Assert.Equal(0, restored.Code);
        Assert.Equal("ok", Scalar(backup, "PRAGMA integrity_check"));
        Assert.Equal("ok", Scalar(restoredFolder.DatabasePath, "PRAGMA integrity_check"));
        var backedUp = long.Parse(Scalar(backup, "SELECT count(*) FROM Articles WHERE Headline LIKE 'Writer %'"));
        Assert.InRange(backedUp, 10, afterBackup);
        const string Content = "SELECT group_concat(Slug || ':' || Headline || ':' || (SELECT count(*) FROM ArticleBlocks b WHERE b.ArticleId = a.Id), '|') FROM (SELECT * FROM Articles ORDER BY Id) a";
        Assert.Equal(Scalar(backup, Content), Scalar(restoredFolder.DatabasePath, Content));
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_sound_portal_database_changes_nothing()
    {
        using var folder = new TempFolder();
        var garbage = Path.Combine(folder.Path, "garbage.db");
        await File.WriteAllTextAsync(garbage, "this is not a database at all, just text that is long enough to look like a file");
        using (var factory = new PortalFactory(folder.DatabasePath))
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/")).StatusCode); // migrated and seeded
        }

        var restored = await PortalProcess.RunAsync(["restore", "--from", garbage], Environment(folder.DatabasePath));
        var missing = await PortalProcess.RunAsync(["restore", "--from", Path.Combine(folder.Path, "none.db")], Environment(folder.DatabasePath));

        Assert.NotEqual(0, restored.Code);
        Assert.Contains("integrity check", restored.Errors);
        Assert.NotEqual(0, missing.Code);
        Assert.Equal("1", Scalar(folder.DatabasePath, "SELECT count(*) FROM Articles"));
    }

    private static Dictionary<string, string> Environment(string database) => new() { ["ConnectionStrings__Portal"] = $"Data Source={database}" };

    private static string Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
