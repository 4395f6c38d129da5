using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal over a real store of its own, built by the real migrations at start-up: a SQLite file, or, when the
/// test run names a PostgreSQL server (<see cref="PostgreSqlStore"/>), a new database on it. Each test creates its own
/// factory, so no test sees another's data.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder? _ownFolder;
    private readonly PostgreSqlStore? _postgres;

    /// <summary>
    /// Hosts under test poll for file changes instead of holding an inotify instance each: a host's web root watcher
    /// (asp-append-version) outlives the host, and hundreds of factories, with the portal processes tests start (they
    /// inherit this), would spend the 128 instances a user may have.
    /// </summary>
    static PortalFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <summary>A portal over a new database that lives and dies with this factory.</summary>
    public PortalFactory()
    {
        _ownFolder = new TempFolder();
        DatabasePath = _ownFolder.DatabasePath;
        if (PostgreSqlStore.UnderTest)
        {
            _postgres = PostgreSqlStore.Create();
            Commands.ListenToPostgreSql(_postgres.Name);
        }
    }

    /// <summary>A portal over an existing SQLite database file, as after a restart; the caller owns the file.</summary>
    public PortalFactory(string databasePath)
    {
        DatabasePath = databasePath;
    }

    /// <summary>The SQLite file, or on PostgreSQL a path in the factory's folder; media live beside it either way.</summary>
    public string DatabasePath { get; }

    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Configuration to apply over appsettings.json, set before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("");
        builder.UseEnvironment("Testing");
        if (_postgres is not null)
        {
            builder.UseSetting("Portal:Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Portal", _postgres.ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        }
        builder.UseSetting("Portal:Media:Path", Path.Combine(Path.GetDirectoryName(DatabasePath)!, "media"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services
            .AddSingleton<IInterceptor>(Commands)
            .AddSingleton<IStartupFilter, LoopbackClient>());
    }

    /// <summary>The database's connection string when this portal runs on PostgreSQL.</summary>
    public string? PostgreSqlConnectionString => _postgres?.ConnectionString;

    /// <summary>Takes the store away under the running portal: the SQLite file is deleted, the PostgreSQL database dropped.</summary>
    public void RemoveStore()
    {
        if (_postgres is not null)
        {
            _postgres.Dispose();
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _ownFolder?.Dispose();
        _postgres?.Dispose();
        Commands.Dispose();
    }

    /// <summary>Requests arrive from a loopback client address, as over a real socket; the test server leaves it empty.</summary>
    private sealed class LoopbackClient : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
