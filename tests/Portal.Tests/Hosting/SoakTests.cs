using System.Diagnostics;
using System.Net;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Hosting;

/// <summary>
/// Mixed reads and an editor's writes for a bounded time: no 5xx, memory levels off, reads stay fast while writes run.
/// Prints the figures. The suite runs a 30-second smoke of it; <c>tests/bench/soak.sh</c> runs it for as long as
/// PORTAL_SOAK_SECONDS says (ten minutes by default).
/// </summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Mixed_reads_and_writes_for_a_while_give_no_5xx_steady_memory_and_fast_reads()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_SOAK_SECONDS"), out var configured) ? configured : 30;
        using var folder = new TempFolder();
        var (environment, token) = await PortalProcess.NewsroomAsync(folder);
        var (portal, address) = await PortalProcess.ServeAsync(environment);
        using var process = portal;
        var drain = portal.DrainAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var reads = new List<double>();
        var statuses = new Dictionary<int, int>();
        var memory = new List<long>();

        string[] pages = [$"/articles/{SeedStory.Slug}", "/", "/search?q=summit", $"/api/articles/{SeedStory.Slug}", "/api/articles?q=pompeo", "/people/mike-pompeo", "/quotes", "/feed.xml"];
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = address };
            for (var i = reader; !stop.IsCancellationRequested; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(pages[i % pages.Length] + (i % 5 == 0 ? $"?page=1&n={i}" : ""));
                Count(statuses, (int)response.StatusCode);
                lock (reads)
                {
                    reads.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        })).ToList();
        var writer = Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = address };
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await client.SendJsonAsync(HttpMethod.Post, "/api/articles", new
                {
                    headline = $"Soak story {i}",
                    body = $"SEOUL -- Paragraph {i} of the soak.\n\n\"Still going,\" Mike Pompeo said.",
                    tags = new[] { "Soak" },
                });
                Count(statuses, (int)response.StatusCode);
                await Task.Delay(100);
            }
        });
        while (!stop.IsCancellationRequested)
        {
            portal.Refresh();
            memory.Add(portal.WorkingSet64 / (1024 * 1024));
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        await Task.WhenAll([.. readers, writer]);
        portal.Kill(entireProcessTree: true);
        await drain;

        reads.Sort();
        double Percentile(double p) => reads[(int)Math.Min(reads.Count - 1, reads.Count * p)];
        output.WriteLine($"{seconds} s: {reads.Count} reads, p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms; " +
            $"statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}; memory MB {string.Join(" ", memory)}");
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.True(statuses.GetValueOrDefault(201) > seconds * 3, $"only {statuses.GetValueOrDefault(201)} writes");
        Assert.True(Percentile(0.99) < 1_000, $"reads slowed down: p99 {Percentile(0.99):F1} ms");
        // After warming up, memory levels off: the second half grows by less than a fifth over the first half's peak.
        var half = memory.Count / 2;
        Assert.True(memory.Skip(half).Max() < memory.Take(half).Max() * 1.2 + 20, $"memory kept growing: {string.Join(" ", memory)} MB");
    }

    private static void Count(Dictionary<int, int> statuses, int status)
    {
        lock (statuses)
        {
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }
    }
}
