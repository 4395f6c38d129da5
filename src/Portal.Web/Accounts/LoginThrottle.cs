using System.Threading.RateLimiting;

namespace Portal.Web.Accounts;

/// <summary>
/// Limits sign-in attempts per client address across all usernames, so that trying one password on many
/// accounts is slowed as much as trying many passwords on one. Account lockout covers the other case.
/// </summary>
public sealed class LoginThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Portal:Login:AttemptsPerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Whether this client may try to sign in now.</summary>
    public bool TryAttempt(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
