using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Portal.Web.Hosting;

/// <summary>
/// What an operator watches, in the Prometheus text format at <c>/metrics</c> (an admin's API token only):
/// requests by status class, their latency as a histogram, and the output cache's hits and misses. It
/// listens to ASP.NET Core's own request meter of this host; the reader cache reports its lookups directly.
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string Path = "/metrics";

    private static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly long[] _statusClasses = new long[6];
    private readonly long[] _bucketCounts = new long[Buckets.Length + 1];
    private long _durationMicroseconds;
    private long _cacheHits;
    private long _cacheMisses;

    public PortalMetrics(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name == "Microsoft.AspNetCore.Hosting"
                && instrument.Name == "http.server.request.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) => RecordRequest(seconds, tags));
        _listener.Start();
    }

    /// <summary>Counts one output cache lookup for a reader's page or API read.</summary>
    public void CacheLookup(bool hit) => Interlocked.Increment(ref hit ? ref _cacheHits : ref _cacheMisses);

    public string Render()
    {
        var text = new StringBuilder();
        text.Append("# HELP portal_http_requests_total Requests served, by status class.\n# TYPE portal_http_requests_total counter\n");
        for (var statusClass = 1; statusClass <= 5; statusClass++)
        {
            text.Append(CultureInfo.InvariantCulture, $"portal_http_requests_total{{class=\"{statusClass}xx\"}} {Interlocked.Read(ref _statusClasses[statusClass])}\n");
        }
        text.Append("# HELP portal_http_request_duration_seconds Time to serve a request.\n# TYPE portal_http_request_duration_seconds histogram\n");
        long cumulative = 0;
        for (var i = 0; i < Buckets.Length; i++)
        {
            cumulative += Interlocked.Read(ref _bucketCounts[i]);
            text.Append(CultureInfo.InvariantCulture, $"portal_http_request_duration_seconds_bucket{{le=\"{Buckets[i]}\"}} {cumulative}\n");
        }
        cumulative += Interlocked.Read(ref _bucketCounts[^1]);
        var sum = Interlocked.Read(ref _durationMicroseconds) / 1e6;
        text.Append(CultureInfo.InvariantCulture, $"portal_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {cumulative}\n");
        text.Append(CultureInfo.InvariantCulture, $"portal_http_request_duration_seconds_sum {sum}\nportal_http_request_duration_seconds_count {cumulative}\n");
        text.Append("# HELP portal_output_cache_lookups_total Reader requests looked up in the output cache, by result.\n# TYPE portal_output_cache_lookups_total counter\n");
        text.Append(CultureInfo.InvariantCulture, $"portal_output_cache_lookups_total{{result=\"hit\"}} {Interlocked.Read(ref _cacheHits)}\n");
        text.Append(CultureInfo.InvariantCulture, $"portal_output_cache_lookups_total{{result=\"miss\"}} {Interlocked.Read(ref _cacheMisses)}\n");
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void RecordRequest(double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag is { Key: "http.response.status_code", Value: int status } && status / 100 is >= 1 and <= 5 and var statusClass)
            {
                Interlocked.Increment(ref _statusClasses[statusClass]);
            }
        }
        var bucket = 0;
        while (bucket < Buckets.Length && seconds > Buckets[bucket])
        {
            bucket++;
        }
        Interlocked.Increment(ref _bucketCounts[bucket]);
        Interlocked.Add(ref _durationMicroseconds, (long)(seconds * 1e6));
    }
}
