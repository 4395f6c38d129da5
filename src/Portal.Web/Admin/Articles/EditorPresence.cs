using System.Collections.Concurrent;
using Portal.Web.Hosting;
using StackExchange.Redis;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// Who has which article open in the editor, from the page's heartbeat: shown to the others so that two editors
/// know before a conflict arises (no lock is taken). Several instances share it in Redis (one sorted set per article,
/// editors scored by when they were last heard from); one instance keeps it in memory, and so does each instance while
/// Redis cannot be reached.
/// </summary>
public sealed class EditorPresence(TimeProvider clock, ILogger<EditorPresence> logger, IConnectionMultiplexer? redis = null)
{
    /// <summary>How often the page says it is still open.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    /// <summary>An editor not heard from for this long has closed the page.</summary>
    private static readonly TimeSpan Gone = Heartbeat * 2.5;

    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, DateTime>> _open = new();

    /// <summary>Notes that <paramref name="editor"/> has the article open, and answers who else has, by name.</summary>
    public async Task<IReadOnlyList<string>> BeatAsync(int articleId, string editor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IEnumerable<string> present;
        try
        {
            present = redis is null ? BeatInMemory(articleId, editor, now) : await BeatInRedisAsync(redis.GetDatabase(), articleId, editor, now);
        }
        catch (Exception error) when (RedisSetup.IsUnreachable(error))
        {
            logger.LogWarning(error, "Editors' presence cannot be shared in Redis; keeping it in this instance");
            present = BeatInMemory(articleId, editor, now);
        }
        return present.Where(name => !string.Equals(name, editor, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
    }

    private IEnumerable<string> BeatInMemory(int articleId, string editor, DateTime now)
    {
        var editors = _open.GetOrAdd(articleId, _ => new(StringComparer.OrdinalIgnoreCase));
        editors[editor] = now;
        foreach (var (name, seen) in editors)
        {
            if (now - seen > Gone)
            {
                editors.TryRemove(name, out _);
            }
        }
        return editors.Keys;
    }

    private static async Task<IEnumerable<string>> BeatInRedisAsync(IDatabase store, int articleId, string editor, DateTime now)
    {
        var key = new RedisKey($"portal:presence:{articleId}");
        var seconds = new DateTimeOffset(now).ToUnixTimeSeconds();
        var batch = store.CreateBatch();
        var added = batch.SortedSetAddAsync(key, editor, seconds);
        var forgotten = batch.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, seconds - Gone.TotalSeconds);
        var expiring = batch.KeyExpireAsync(key, Gone);
        var present = batch.SortedSetRangeByRankAsync(key);
        batch.Execute();
        await Task.WhenAll(added, forgotten, expiring, present);
        return present.Result.Select(name => name.ToString());
    }
}
