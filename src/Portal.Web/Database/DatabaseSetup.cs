using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data;

namespace Portal.Web.Database;

public static class DatabaseSetup
{
    public const string ConnectionName = "Portal";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // How long a write waits for another writer before it gives up with 503 and Retry-After. SQLite's busy
        // timeout and the driver's own retries (command and transaction timeouts) all wait; all get this bound.
        var lockTimeout = configuration.GetValue("Portal:Database:LockTimeoutSeconds", 5);
        var connectionString = ResolveDataSource(
            configuration.GetConnectionString(ConnectionName) ?? "Data Source=data/portal.db", environment.ContentRootPath, lockTimeout);
        services.AddSingleton<IInterceptor>(new SqlitePragmas(lockTimeout * 1_000));
        services.AddStoreFaults();
        // Pooled contexts reuse their options and services; interceptors are therefore singletons.
        services.AddDbContextPool<PortalDbContext>((provider, options) => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("Portal.Migrations.Sqlite").CommandTimeout(lockTimeout))
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);
        return services;
    }

    /// <summary>Applies pending migrations and checks that SQLite runs with the durability settings Portal relies on.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // Migrate() also diffs the model against the snapshot, which costs a second at every start;
        // on an up-to-date database the history table alone says there is nothing to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        await SqlitePragmas.VerifyAsync(db, cancellationToken);
    }

    /// <summary>A relative data source is taken from the content root, and its folder is created; waits for locks are bounded.</summary>
    private static string ResolveDataSource(string connectionString, string contentRoot, int lockTimeout)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = lockTimeout };
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
