using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>Stopping Portal (SIGTERM, as a service manager or container runtime does) lets the requests in flight finish.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_graceful_stop_finishes_the_writes_in_flight_and_cuts_none_in_half()
    {
        using var folder = new TempFolder();
        var (environment, token) = await PortalProcess.NewsroomAsync(folder);
        var (portal, address) = await PortalProcess.ServeAsync(environment);
        using var process = portal;
        var drain = portal.DrainAsync();
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await client.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Warm up", body = "A paragraph." });

        // Sixteen writes at once, and the stop signal while they are being served.
        var writes = Enumerable.Range(0, 16).Select(i => client.SendJsonAsync(HttpMethod.Post, "/api/articles",
            new { headline = $"Stopping {i}", body = $"SEOUL -- Paragraph {i}.\n\n\"Still writing,\" Mike Pompeo said." })).ToList();
        await Task.Delay(20);
        using (var stop = Process.Start("kill", ["-TERM", portal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await stop.WaitForExitAsync();
        }
        var outcomes = new List<HttpStatusCode?>();
        foreach (var write in writes)
        {
            try
            {
                outcomes.Add((await write).StatusCode);
            }
            catch (HttpRequestException)
            {
                outcomes.Add(null); // refused once the server stopped listening: never acknowledged
            }
        }
        await portal.WaitForExitAsync();
        await drain;

        Assert.Equal(0, portal.ExitCode);
        Assert.All(outcomes, status => Assert.True(status is null or HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"got {status}"));
        Assert.Contains(HttpStatusCode.Created, outcomes);
        SqliteConnection.ClearAllPools();
        using var db = new SqliteConnection($"Data Source={folder.DatabasePath};Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM Articles a WHERE a.Headline LIKE 'Stopping %'
              AND (SELECT count(*) FROM ArticleBlocks b WHERE b.ArticleId = a.Id) = 2
              AND (SELECT count(*) FROM Quotes q WHERE q.ArticleId = a.Id) = 1
            """;
        var whole = (long)command.ExecuteScalar()!;
        command.CommandText = "SELECT count(*) FROM Articles WHERE Headline LIKE 'Stopping %'";
        Assert.Equal(whole, (long)command.ExecuteScalar()!);
        Assert.Equal(outcomes.Count(s => s == HttpStatusCode.Created), whole);
    }
}
