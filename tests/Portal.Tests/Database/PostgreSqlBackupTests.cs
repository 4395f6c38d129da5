using System.Net;
using Npgsql;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>On PostgreSQL, backups are PostgreSQL's own: pg_dump taken online under write load, restored with pg_restore.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.PostgreSql)]
public sealed class PostgreSqlBackupTests
{
    [Fact]
    public async Task A_pg_dump_taken_while_editors_write_restores_to_a_whole_consistent_newsroom()
    {
        using var folder = new TempFolder();
        var dump = Path.Combine(folder.Path, "portal.dump");
        using var factory = new PortalFactory();
        factory.Settings["Portal:Api:WritesPerMinute"] = "100000";
        var api = await factory.EditorApiAsync();
        var load = new WriteLoad(api, 3, (writer, i) => new { headline = $"Writer {writer} story {i}", body = $"Paragraph {i} of writer {writer}.\n\n\"A quote {i},\" Mike Pompeo said." });
        await load.WaitForAsync(10);

        var taken = await PostgreSqlStore.RunToolAsync("pg_dump", factory.PostgreSqlConnectionString!, "--format=custom", "--file", dump);
        var afterDump = load.Acknowledged;
        await load.StopAsync();
        using var restoredStore = PostgreSqlStore.Create();
        var restored = await PostgreSqlStore.RunToolAsync("pg_restore", restoredStore.ConnectionString, "--no-owner", "--exit-on-error", dump);

        Assert.True(taken.Code == 0, taken.Errors);
        Assert.True(restored.Code == 0, restored.Errors);
        await using var db = new NpgsqlConnection(restoredStore.ConnectionString);
        await db.OpenAsync();
        Assert.InRange(await CountAsync(db, """SELECT count(*) FROM "Articles" WHERE "Headline" LIKE 'Writer %'"""), 10, afterDump);
        // One snapshot: every article whole, with its paragraphs, quote and search row.
        Assert.Equal(0, await CountAsync(db, """
            SELECT count(*) FROM "Articles" a
            WHERE a."Headline" LIKE 'Writer %' AND (
                (SELECT count(*) FROM "ArticleBlocks" b WHERE b."ArticleId" = a."Id") <> 2
                OR NOT EXISTS (SELECT 1 FROM "Quotes" q WHERE q."ArticleId" = a."Id")
                OR NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s."ArticleId" = a."Id"))
            """));
        Assert.Equal(1, await CountAsync(db, """SELECT count(*) FROM "ArticleSearch" WHERE "Document" @@ to_tsquery('english', 'summit')"""));
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
