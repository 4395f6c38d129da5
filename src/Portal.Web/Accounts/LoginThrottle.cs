using System.Globalization;
using System.Threading.RateLimiting;
using Portal.Web.Hosting;
using StackExchange.Redis;

namespace Portal.Web.Accounts;

/// <summary>
/// Limits sign-in attempts per client address across all usernames, so that trying one password on many
/// accounts is slowed as much as trying many passwords on one. Account lockout covers the other case.
/// Several instances count together in Redis (one counter per address and minute); one instance counts in memory,
/// and so does each instance while Redis cannot be reached.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly int _attemptsPerMinute;
    private readonly TimeProvider _clock;
    private readonly IConnectionMultiplexer? _redis;
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ILogger<LoginThrottle> _logger;

    // The multiplexer is registered only when Portal is configured with Redis.
    public LoginThrottle(IConfiguration configuration, TimeProvider clock, ILogger<LoginThrottle> logger, IConnectionMultiplexer? redis = null)
    {
        _logger = logger;
        _attemptsPerMinute = configuration.GetValue("Portal:Login:AttemptsPerMinute", 10);
        _clock = clock;
        _redis = redis;
        _limiter = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = _attemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
            }));
    }

    /// <summary>Whether this client may try to sign in now.</summary>
    public async Task<bool> TryAttemptAsync(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        if (_redis is not null)
        {
            try
            {
                return await TryAttemptInRedisAsync(_redis.GetDatabase(), address);
            }
            catch (Exception error) when (RedisSetup.IsUnreachable(error))
            {
                _logger.LogWarning(error, "Sign-in attempts cannot be counted in Redis; counting them in this instance");
            }
        }
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    private async Task<bool> TryAttemptInRedisAsync(IDatabase store, string address)
    {
        var minute = (_clock.GetUtcNow().ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture);
        var key = new RedisKey($"portal:sign-in:{address}:{minute}");
        var attempts = await store.StringIncrementAsync(key);
        if (attempts == 1)
        {
            await store.KeyExpireAsync(key, TimeSpan.FromMinutes(2));
        }
        return attempts <= _attemptsPerMinute;
    }

    public void Dispose() => _limiter.Dispose();
}
