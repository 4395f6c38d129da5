using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Portal.Web.Caching;
using StackExchange.Redis;

namespace Portal.Web.Hosting;

/// <summary>
/// Redis, when "ConnectionStrings:Redis" names one: what several Portal instances share beyond the database. The
/// readers' output cache lives there, so an edit saved on one instance evicts the page for all, and so do the sign-in
/// throttle's counters, so that each instance does not grant its own allowance. Without it both stay in the process.
/// While Redis cannot be reached, pages are served uncached and sign-in attempts are counted per instance.
/// </summary>
public static class RedisSetup
{
    public const string ConnectionName = "Redis";

    /// <summary>Whether Portal shares its cache and counters through Redis: "ConnectionStrings:Redis" names one.</summary>
    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrEmpty(configuration.GetConnectionString(ConnectionName));

    /// <summary>Register before the reader cache: Redis then takes the place of the in-memory store.</summary>
    public static IServiceCollection AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return services;
        }
        var options = ConfigurationOptions.Parse(configuration.GetConnectionString(ConnectionName)!);
        // Start even while Redis is still coming up, and reconnect after it restarts; while it is away, fail at once
        // rather than hold requests in a queue.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2_000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1_000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1_000);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddStackExchangeRedisOutputCache(_ => { });
        var redisStore = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(provider => new ForgivingCacheStore(
            redisStore.ImplementationFactory?.Invoke(provider) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!),
            provider.GetRequiredService<ILogger<ForgivingCacheStore>>()));
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((cache, provider) =>
        {
            cache.InstanceName = "portal:";
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });
        return services;
    }

    /// <summary>Whether an error says Redis cannot be reached or did not answer in time (the client wraps some of them).</summary>
    public static bool IsUnreachable(Exception error) => error switch
    {
        RedisException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnreachable),
        _ => false,
    };
}
