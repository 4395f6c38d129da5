using System.Collections.Concurrent;
using Portal.Web.Hosting;

namespace Portal.Web.Caching;

/// <summary>
/// The API's hottest read, an anonymous <c>GET /api/articles/{slug}</c>, answered from ready bytes before routing.
/// Behind routing, the output cache looks the entry up, decodes it and copies its headers on every hit, which costs
/// about a fifth of the throughput of bytes sent from memory; this answers in one dictionary lookup. An entry is what
/// the normal pipeline answered (200, its bytes and ETag), tagged with what the article shows
/// (<see cref="ReaderCache.TagResponse"/>), dropped by the same evictions as the output cache and after the same
/// lifetime. It lives in one process: with a shared cache (Redis) it is off, since another instance's edits could not
/// reach it. Requests with credentials, a query string or an Origin (CORS) take the normal pipeline.
/// </summary>
public sealed class ArticleResponseCache(TimeProvider clock, PortalMetrics metrics, TimeSpan lifetime) : IMiddleware
{
    private const string Prefix = "/api/articles/";
    private const string JsonType = "application/json; charset=utf-8";

    /// <summary>Enough for every story readers are reading at once, without letting a crawler fill the memory.</summary>
    private const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _changes = new();
    private long _evictions;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (SlugOf(context.Request) is not { } slug)
        {
            await next(context);
            return;
        }
        if (_entries.TryGetValue(slug, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            metrics.CacheLookup(hit: true);
            await ServeAsync(context, entry);
            return;
        }
        // An eviction while this request reads the article may concern what it read; then it is not kept.
        var evictionsBefore = Interlocked.Read(ref _evictions);
        var tags = new ArticleTags();
        context.Features.Set(tags);
        using var body = await ContentETags.BufferResponseAsync(context, next);
        var response = context.Response;
        if (HttpMethods.IsGet(context.Request.Method) && response.StatusCode == StatusCodes.Status200OK && tags.Names.Count > 0
            && response.ContentType == JsonType && response.Headers.ETag.Count == 1 && response.Headers.SetCookie.Count == 0)
        {
            Remember(slug, new Entry(body.ToArray(), response.Headers.ETag.ToString(), [.. tags.Names], clock.GetUtcNow() + lifetime), evictionsBefore);
        }
        body.Position = 0;
        await body.CopyToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>Drops every entry that shows any of these tags; called after each save, with the output cache's eviction.</summary>
    public void Evict(IReadOnlySet<string> tags)
    {
        lock (_changes)
        {
            _evictions++;
            foreach (var (slug, entry) in _entries)
            {
                if (entry.Tags.Any(tags.Contains))
                {
                    _entries.TryRemove(slug, out _);
                }
            }
        }
    }

    private void Remember(string slug, Entry entry, long evictionsBefore)
    {
        lock (_changes)
        {
            if (_evictions != evictionsBefore)
            {
                return;
            }
            if (_entries.Count >= Capacity && !_entries.ContainsKey(slug))
            {
                // Expired entries are only ever replaced by a read of their own article; when the cache is full they
                // make room, or the first articles ever read would keep it full for good.
                DropExpired();
            }
            if (_entries.Count < Capacity || _entries.ContainsKey(slug))
            {
                _entries[slug] = entry;
            }
        }
    }

    private void DropExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (slug, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(slug, out _);
            }
        }
    }

    private static ValueTask ServeAsync(HttpContext context, Entry entry)
    {
        var response = context.Response;
        response.Headers.ETag = entry.ETag;
        if (ContentETags.Matches(context.Request, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return ValueTask.CompletedTask;
        }
        response.ContentType = JsonType;
        response.ContentLength = entry.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? ValueTask.CompletedTask : response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    /// <summary>The slug of an anonymous, plain read of one article; null for any other request.</summary>
    private static string? SlugOf(HttpRequest request)
    {
        var path = request.Path.Value;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || path is null
            || !path.StartsWith(Prefix, StringComparison.Ordinal) || path.Length == Prefix.Length || path.IndexOf('/', Prefix.Length) >= 0
            || request.QueryString.HasValue || request.Headers.Authorization.Count > 0 || request.Headers.Origin.Count > 0)
        {
            return null;
        }
        return path[Prefix.Length..];
    }

    private sealed record Entry(byte[] Body, string ETag, string[] Tags, DateTimeOffset Expires);
}

/// <summary>What the article being answered shows, collected for <see cref="ArticleResponseCache"/> as for the output cache.</summary>
public sealed class ArticleTags
{
    public HashSet<string> Names { get; } = [];
}
