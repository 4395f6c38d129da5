using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>The operator's metrics: requests, errors, latency and cache hits, for an admin's token only.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_count_requests_by_class_latency_and_cache_hits_for_admins_only()
    {
        using var factory = new PortalFactory();
        var admin = await factory.EditorApiAsync("admin@example.com", Roles.Admin);
        var editor = await factory.EditorApiAsync("editor@example.com", Roles.Editor);
        var reader = factory.CreateClient();

        await reader.GetAsync($"/articles/{SeedStory.Slug}");
        await reader.GetAsync($"/articles/{SeedStory.Slug}");
        await reader.GetAsync("/articles/no-such-story");
        var anonymous = await reader.GetAsync("/metrics");
        var forbidden = await editor.GetAsync("/metrics");
        var metrics = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        var text = await metrics.Content.ReadAsStringAsync();
        // Five requests are over when the metrics are read (this one is still running): two article reads, the second
        // served from the cache, then a 404, a 401 and a 403. Four lookups miss: the first article read and the
        // anonymous error cases, whose re-executed error pages are looked up too.
        Assert.Equal(2, Value(text, "portal_http_requests_total{class=\"2xx\"}"));
        Assert.Equal(3, Value(text, "portal_http_requests_total{class=\"4xx\"}"));
        Assert.Equal(1, Value(text, "portal_output_cache_lookups_total{result=\"hit\"}"));
        Assert.Equal(4, Value(text, "portal_output_cache_lookups_total{result=\"miss\"}"));
        Assert.Equal(5, Value(text, "portal_http_request_duration_seconds_count"));
        Assert.Equal(5, Value(text, "portal_http_request_duration_seconds_bucket{le=\"+Inf\"}"));
    }

    private static double Value(string text, string series) =>
        double.Parse(Regex.Match(text, "^" + Regex.Escape(series) + " (\\S+)$", RegexOptions.Multiline).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
