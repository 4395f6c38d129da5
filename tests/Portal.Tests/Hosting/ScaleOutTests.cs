using System.Collections.Concurrent;
using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>
/// Two Portal instances on PostgreSQL and Redis behind nginx (<see cref="ScaleOut"/>): whichever instance answers,
/// an editor sees one newsroom, readers never get a stale page, and losing an instance loses no acknowledged write.
/// </summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.PostgreSql)]
public sealed class ScaleOutTests(ScaleOut portal) : IClassFixture<ScaleOut>
{
    private static string Edit => $"/admin/articles/{SeedStory.Slug}/edit";

    [Fact]
    public void Instances_starting_together_on_an_empty_database_log_no_error()
    {
        // Each migrates, creates the roles and seeds in turn; none loses a race that would show up as a failed insert.
        Assert.Empty(portal.StartupErrors);
    }

    [Fact]
    public async Task An_edit_through_the_balancer_is_read_back_from_both_instances_with_no_stale_cache()
    {
        using var editor = await SignedInAsync(portal.Balancer);
        var readers = portal.InstanceAddresses.Select(address => new HttpClient { BaseAddress = address }).ToArray();
        foreach (var reader in readers)
        {
            // Both instances' readers are served from the shared cache from here on, pages and API alike.
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/articles/{SeedStory.Slug}")).StatusCode);
        }
        var form = (await editor.GetDocumentAsync(Edit)).FormFields("form[action*='handler=Save']");
        form["Form.Headline"] = "Edited behind the balancer";

        var saved = await editor.SubmitFormAsync(Edit, form, Edit + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        foreach (var reader in readers)
        {
            var page = await reader.GetDocumentAsync($"/articles/{SeedStory.Slug}");
            Assert.Equal("Edited behind the balancer", page.QuerySelector("h1")!.TextContent.Trim());
            var article = await (await reader.GetAsync($"/api/articles/{SeedStory.Slug}")).JsonAsync();
            Assert.Equal("Edited behind the balancer", article.GetProperty("headline").GetString());
            reader.Dispose();
        }
    }

    [Fact]
    public async Task A_form_opened_on_one_instance_is_accepted_by_the_other()
    {
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var first = new HttpClient(cookies, disposeHandler: false) { BaseAddress = portal.InstanceAddresses[0] };
        using var second = new HttpClient(cookies, disposeHandler: false) { BaseAddress = portal.InstanceAddresses[1] };
        var signIn = await first.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = ScaleOut.AdminEmail, ["Input.Password"] = ScaleOut.AdminPassword });
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var page = await first.GetDocumentAsync(Edit);
        var form = page.FormFields("form[action*='handler=Save']");
        form["__RequestVerificationToken"] = page.QuerySelector("form[action*='handler=Save'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        form["Form.Standfirst"] = "Saved on the instance that did not serve the form.";

        // The session cookie and the antiforgery token were made by the first instance; the second reads both.
        var saved = await second.PostAsync(Edit + "?handler=Save", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reread = (await second.GetDocumentAsync(Edit)).FormFields("form[action*='handler=Save']");
        Assert.Equal("Saved on the instance that did not serve the form.", reread["Form.Standfirst"]);
    }

    [Fact]
    public async Task Editors_on_different_instances_see_each_other_in_the_editor()
    {
        using var chief = await SignedInAsync(portal.InstanceAddresses[0]);
        using var deputy = await SignedInAsync(portal.InstanceAddresses[1], ScaleOut.DeputyEmail);

        // Each page beats as it opens. Another test here stops Redis and starts it again: the instances reconnect by
        // themselves, keeping presence in memory meanwhile, so the pages are opened again until they share it.
        var seen = "";
        for (var attempt = 0; attempt < 40 && seen.Length == 0; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 250);
            await chief.GetDocumentAsync(Edit);
            seen = (await deputy.GetDocumentAsync(Edit)).QuerySelector(".presence")!.TextContent;
        }
        var beat = await chief.SubmitFormAsync(Edit, [], Edit + "?handler=Presence");

        Assert.Equal($"Also editing now: {ScaleOut.AdminEmail}", seen);
        Assert.Equal(HttpStatusCode.OK, beat.StatusCode);
        Assert.Equal(ScaleOut.DeputyEmail, (await beat.JsonAsync()).GetProperty("alsoEditing")[0].GetString());
    }

    [Fact]
    public async Task Sign_in_attempts_are_counted_across_instances()
    {
        // Six attempts a minute per address in all, whichever instance takes them. The test connects from loopback, the
        // proxy address the instances trust, and names the client address as nginx would; other tests sign in unhindered.
        // The counters are per calendar minute: attempts that straddle a minute's end are made again from a new address.
        List<HttpStatusCode> statuses;
        var round = 0;
        do
        {
            round++;
            var minute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
            statuses = await SignInAttemptsAsync($"198.51.100.{round}");
            if (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 == minute)
            {
                break;
            }
        }
        while (round < 3);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 2, string.Join(", ", statuses));
    }

    private async Task<List<HttpStatusCode>> SignInAttemptsAsync(string clientAddress)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = portal.InstanceAddresses[attempt % 2],
                DefaultRequestHeaders = { { "X-Forwarded-For", clientAddress } },
            };
            var response = await client.SubmitFormAsync("/admin/login",
                new() { ["Input.Email"] = $"nobody{attempt}@example.com", ["Input.Password"] = "not the password at all" });
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task Killing_an_instance_during_a_burst_of_writes_loses_no_acknowledged_write_and_the_site_keeps_serving()
    {
        using var api = new HttpClient { BaseAddress = portal.Balancer, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", portal.Token);
        var acknowledged = new ConcurrentBag<string>();
        var answered = 0;
        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; n < 40; n++)
            {
                var headline = $"Burst {writer}-{n}";
                try
                {
                    var response = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline, body = "A paragraph." });
                    Interlocked.Increment(ref answered);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add(response.Headers.Location!.OriginalString);
                    }
                }
                catch (HttpRequestException)
                {
                    // A request cut off with the instance is not acknowledged.
                }
            }
        })).ToList();
        while (Volatile.Read(ref answered) < 40)
        {
            await Task.Delay(10);
        }

        portal.Instances[0].Kill(entireProcessTree: true);
        try
        {
            await Task.WhenAll(writers);

            Assert.True(acknowledged.Count > 100, $"only {acknowledged.Count} of 160 writes were acknowledged");
            foreach (var location in acknowledged)
            {
                Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(location)).StatusCode);
            }
            using var reader = new HttpClient { BaseAddress = portal.Balancer };
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);

            // Restarted, the killed instance serves every acknowledged write too.
            await portal.RestartAsync(0);
            using var restarted = new HttpClient { BaseAddress = portal.InstanceAddresses[0] };
            restarted.DefaultRequestHeaders.Authorization = new("Bearer", portal.Token);
            foreach (var location in acknowledged)
            {
                Assert.Equal(HttpStatusCode.OK, (await restarted.GetAsync(location)).StatusCode);
            }
        }
        finally
        {
            // The other tests of the class need both instances, whatever happened here.
            if (portal.Instances[0].HasExited)
            {
                await portal.RestartAsync(0);
            }
        }
    }

    [Fact]
    public async Task While_Redis_is_down_readers_are_served_and_editors_sign_in_and_save()
    {
        using var api = new HttpClient { BaseAddress = portal.Balancer };
        api.DefaultRequestHeaders.Authorization = new("Bearer", portal.Token);
        using var reader = new HttpClient { BaseAddress = portal.Balancer };

        portal.KillRedis();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);
            var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Written without Redis", body = "A paragraph." });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(created.Headers.Location)).StatusCode);
            using var editor = await SignedInAsync(portal.Balancer);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        }
        finally
        {
            portal.RestartRedis();
        }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string email = ScaleOut.AdminEmail)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = email, ["Input.Password"] = ScaleOut.AdminPassword });
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return client;
    }
}
