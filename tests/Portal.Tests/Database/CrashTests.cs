using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>Killed mid-burst, again and again: every acknowledged write survives, and no article is half-written.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class CrashTests
{
    private const int Rounds = 20;
    private const int Writers = 4;

    [Fact]
    public async Task Twenty_kills_during_bursts_of_writes_lose_no_acknowledged_write_and_leave_no_half_article()
    {
        using var folder = new TempFolder();
        var (environment, token) = await PortalProcess.NewsroomAsync(folder);
        var acknowledged = new List<string>();
        var random = new Random(20261128);

        for (var round = 0; round < Rounds; round++)
        {
            var (portal, address) = await PortalProcess.ServeAsync(environment);
            using var process = portal;
            var drain = portal.DrainAsync();
            var inRound = new StrongBox<int>();
            var writers = Enumerable.Range(0, Writers).Select(writer => WriteUntilKilledAsync(address, token, round, writer, inRound)).ToList();
            // The first writes of a fresh process warm it up; the kill comes once writes flow, at a random moment.
            for (var waited = 0; Volatile.Read(ref inRound.Value) == 0 && waited < 200; waited++)
            {
                await Task.Delay(50);
            }
            await Task.Delay(random.Next(10, 400));
            portal.Kill(entireProcessTree: true);
            await portal.WaitForExitAsync();
            await drain;
            foreach (var written in await Task.WhenAll(writers))
            {
                acknowledged.AddRange(written);
            }
        }

        SqliteConnection.ClearAllPools();
        using var db = new SqliteConnection($"Data Source={folder.DatabasePath};Pooling=False");
        db.Open();
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        var stored = Column(db, "SELECT Slug FROM Articles WHERE Headline LIKE 'Crash %'").ToHashSet();
        Assert.True(acknowledged.Count >= Rounds * Writers, $"only {acknowledged.Count} writes were acknowledged");
        var lost = acknowledged.Except(stored).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged writes are missing: {string.Join(", ", lost.Take(5))}");
        // Each story has two paragraphs and one quote; anything else is an article cut in half.
        Assert.Empty(Column(db, """
            SELECT a.Slug FROM Articles a WHERE a.Headline LIKE 'Crash %' AND (
                (SELECT count(*) FROM ArticleBlocks b WHERE b.ArticleId = a.Id) <> 2
                OR (SELECT count(*) FROM Quotes q WHERE q.ArticleId = a.Id) <> 1
                OR (SELECT count(*) FROM ArticleRevisions r WHERE r.ArticleId = a.Id) <> 1)
            """));
    }

    /// <summary>Posts stories until the server is gone; returns the slugs it acknowledged with 201.</summary>
    private static async Task<List<string>> WriteUntilKilledAsync(Uri address, string token, int round, int writer, StrongBox<int> inRound)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var acknowledged = new List<string>();
        for (var story = 0; ; story++)
        {
            try
            {
                var response = await client.SendJsonAsync(HttpMethod.Post, "/api/articles", new
                {
                    headline = $"Crash {round} writer {writer} story {story}",
                    body = $"SEOUL -- Round {round}, story {story}.\n\n\"We keep writing,\" Mike Pompeo said.",
                });
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return acknowledged;
                }
                acknowledged.Add(response.Headers.Location!.AbsolutePath.Split('/')[^1]);
                Interlocked.Increment(ref inRound.Value);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                return acknowledged;
            }
        }
    }

    private static string Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static List<string> Column(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
