using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

namespace Portal.Web.Database;

/// <summary>The stores Portal runs on: SQLite, the default and the way to try Portal, or PostgreSQL for several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseSetup
{
    public const string ConnectionName = "Portal";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // How long a write waits for another writer before it gives up with 503 and Retry-After. SQLite's busy
        // timeout, PostgreSQL's lock timeout and the drivers' own command timeouts all get this bound.
        var lockTimeout = configuration.GetValue("Portal:Database:LockTimeoutSeconds", 5);
        var store = configuration.StoreProvider();
        var connectionString = configuration.GetConnectionString(ConnectionName);
        services.AddStoreFaults();
        if (store == DatabaseProvider.PostgreSql)
        {
            connectionString = PostgreSqlConnection(connectionString, lockTimeout);
            services.AddDbContextPool<PortalDbContext>((provider, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("Portal.Migrations.PostgreSql").CommandTimeout(lockTimeout))
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        }
        else
        {
            connectionString = SqliteConnection(connectionString ?? "Data Source=data/portal.db", environment.ContentRootPath, lockTimeout);
            services.AddSingleton<IInterceptor>(new SqlitePragmas(lockTimeout * 1_000));
            // Pooled contexts reuse their options and services; interceptors are therefore singletons.
            services.AddDbContextPool<PortalDbContext>((provider, options) => options
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("Portal.Migrations.Sqlite").CommandTimeout(lockTimeout))
                .UseModel(Portal.Migrations.Sqlite.CompiledModel.PortalDbContextModel.Instance)
                .AddInterceptors(provider.GetServices<IInterceptor>()));
        }
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);
        return services;
    }

    /// <summary>The store configured: "Portal:Database:Provider", SQLite unless set.</summary>
    public static DatabaseProvider StoreProvider(this IConfiguration configuration) =>
        configuration.GetValue("Portal:Database:Provider", DatabaseProvider.Sqlite);

    /// <summary>
    /// Applies pending migrations and checks that SQLite runs with the durability settings Portal relies on. At start-up
    /// it runs under <see cref="TakeStartupLockAsync"/>, so that on PostgreSQL instances starting together migrate one
    /// after the other, and the later ones find nothing to do.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await MigrateIfBehindAsync(db, cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            await SqlitePragmas.VerifyAsync(db, cancellationToken);
        }
    }

    private static async Task MigrateIfBehindAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        // The history table comes first (CREATE TABLE IF NOT EXISTS, no write when it is there): on a new database,
        // asking a missing table what was applied is a failed query that PostgreSQL's provider logs as an error, and
        // so do its own existence check and Migrate().
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        // Migrate() also diffs the model against the snapshot, which costs a second at every start;
        // on an up-to-date database the history table alone says there is nothing to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Held while this instance changes the database at start-up (migrations, roles, the seed), so that instances
    /// starting together take turns instead of racing to apply a migration or insert the same rows: on PostgreSQL an
    /// advisory lock (<see cref="PostgreSqlStartupLock"/>), on SQLite, one machine whose migrations lock the file, nothing.
    /// </summary>
    public static async Task<IAsyncDisposable> TakeStartupLockAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return db.Database.IsNpgsql() ? await PostgreSqlStartupLock.TakeAsync(db, cancellationToken) : NoLock.Instance;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A relative data source is taken from the content root, and its folder is created; waits for locks are bounded.</summary>
    private static string SqliteConnection(string connectionString, string contentRoot, int lockTimeout)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = lockTimeout };
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    /// <summary>A write waiting for another's row lock gives up after the lock timeout, as on SQLite.</summary>
    private static string PostgreSqlConnection(string? connectionString, int lockTimeout)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Portal:Database:Provider is PostgreSql but ConnectionStrings:Portal is empty; set it, e.g. Host=db;Database=portal;Username=portal;Password=...");
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = lockTimeout };
        builder.Options = $"{builder.Options} -c lock_timeout={lockTimeout * 1_000}".Trim();
        return builder.ToString();
    }
}
