using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The portal on a real port over its own fresh SQLite database, and Debian's Chromium driven by Playwright.
/// One per test class: each class's tests read the seed story and add nothing.
/// </summary>
public sealed class LivePortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-browser-").FullName;
    private IPlaywright? _playwright;

    public LivePortal()
    {
        UseKestrel(0);
    }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("");
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("Portal:Media:Path", Path.Combine(_folder, "media"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Portal:Cookies:SecureOnly", "false"); // the browser reaches Kestrel over loopback HTTP
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
