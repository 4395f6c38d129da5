using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Hosting;

namespace Portal.Web.Caching;

/// <summary>
/// The shared output cache must not take the site down with it: while Redis cannot be reached, a lookup is a miss
/// (the page is rendered from the database) and storing is skipped, logged once when Redis goes away and once when it
/// is back; a failed eviction is logged every time as an error, since the page it meant to drop may be served stale
/// until it expires ("Portal:OutputCache:Seconds").
/// </summary>
internal sealed class ForgivingCacheStore(IOutputCacheStore inner, ILogger<ForgivingCacheStore> logger) : IOutputCacheStore
{
    private int _unreachable;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var entry = await inner.GetAsync(key, cancellationToken);
            Reached();
            return entry;
        }
        catch (Exception error) when (RedisSetup.IsUnreachable(error))
        {
            Missed(error);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            Reached();
        }
        catch (Exception error) when (RedisSetup.IsUnreachable(error))
        {
            Missed(error);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception error) when (RedisSetup.IsUnreachable(error))
        {
            logger.LogError(error, "Cached pages tagged {Tag} could not be evicted; they may be served stale until they expire", tag);
        }
    }

    private void Missed(Exception error)
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            logger.LogWarning(error, "The shared output cache cannot be reached; pages are served from the database until it is back");
        }
    }

    private void Reached()
    {
        // Every cache hit passes here: read first, so the common case writes nothing shared.
        if (Volatile.Read(ref _unreachable) == 1 && Interlocked.Exchange(ref _unreachable, 0) == 1)
        {
            logger.LogInformation("The shared output cache is reachable again");
        }
    }
}
