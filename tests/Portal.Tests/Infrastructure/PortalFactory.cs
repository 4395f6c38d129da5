using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal over a real SQLite file of its own, built by the real migrations at start-up.
/// Each test creates its own factory, so no test sees another's data.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder? _ownFolder;

    /// <summary>A portal over a new database that lives and dies with this factory.</summary>
    public PortalFactory()
    {
        _ownFolder = new TempFolder();
        DatabasePath = _ownFolder.DatabasePath;
    }

    /// <summary>A portal over an existing database file, as after a restart; the caller owns the file.</summary>
    public PortalFactory(string databasePath)
    {
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    public SqlCommandCounter Commands { get; } = new();

    /// <summary>Configuration to apply over appsettings.json, set before the first request.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("");
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("Portal:Media:Path", Path.Combine(Path.GetDirectoryName(DatabasePath)!, "media"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
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
    }
}
