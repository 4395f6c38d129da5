using System.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Security;

/// <summary>sqlmap against every parameter of the list, search and slug endpoints: nothing is injectable.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class SqlInjectionTests(SqlInjectionTests.Served portal) : IClassFixture<SqlInjectionTests.Served>
{
    private const string Sqlmap = "/usr/bin/sqlmap";

    public static TheoryData<string> Targets =>
    [
        "/api/articles?q=summit&sort=relevance",
        "/api/articles?tag=north-korea&section=world",
        "/api/articles?person=mike-pompeo&from=2018-01-01&to=2030-01-01",
        "/api/quotes?speaker=mike-pompeo&q=progress",
        "/search?q=summit",
        "/quotes?speaker=mike-pompeo&q=progress",
        $"/api/articles/{SeedStory.Slug}*",
        $"/articles/{SeedStory.Slug}*",
        "/people/mike-pompeo*",
        "/credits/kyodo*",
    ];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Sqlmap_finds_nothing_injectable(string target)
    {
        Assert.True(File.Exists(Sqlmap), "sqlmap is missing: tests/run.sh installs it (apt-get install sqlmap).");

        var report = await RunSqlmapAsync(new Uri(portal.Address, target).ToString().Replace("%2A", "*"), portal.Folder.Path);

        Assert.Contains("all tested parameters do not appear to be injectable", report);
        Assert.DoesNotContain("is vulnerable", report);
        Assert.DoesNotContain("injection point", report);
        Assert.DoesNotContain("500 (Internal Server Error)", report);
    }

    private static async Task<string> RunSqlmapAsync(string url, string outputFolder)
    {
        var start = new ProcessStartInfo(Sqlmap) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-u", url, "--batch", "--flush-session", "--dbms=SQLite", "--level=2", "--risk=1",
            "--output-dir", Path.Combine(outputFolder, "sqlmap") })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return await output + await errors;
    }

    /// <summary>One portal process for every probe, with the output cache off so that each probe reaches the database.</summary>
    public sealed class Served : IAsyncLifetime
    {
        private System.Diagnostics.Process? _process;
        private Task? _drain;

        public TempFolder Folder { get; } = new();

        public Uri Address { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            (_process, Address) = await PortalProcess.ServeAsync(new()
            {
                ["ConnectionStrings__Portal"] = $"Data Source={Folder.DatabasePath}",
                ["Portal__OutputCache__Enabled"] = "false",
                ["Serilog__MinimumLevel__Default"] = "Warning",
            });
            _drain = _process.DrainAsync();
        }

        public async Task DisposeAsync()
        {
            _process?.Kill(entireProcessTree: true);
            await (_drain ?? Task.CompletedTask);
            _process?.Dispose();
            Folder.Dispose();
        }
    }
}
