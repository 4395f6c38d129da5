using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>Runs the built portal as its own process, the way an operator would.</summary>
public static class PortalProcess
{
    public sealed record Exit(int Code, string Output, string Errors);

    public static string WebAssembly => Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll");

    public static async Task<Exit> RunAsync(IEnumerable<string> arguments, Dictionary<string, string> environment, TimeSpan? timeout = null, string? input = null)
    {
        using var process = Start(arguments, environment);
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        return await ExitOfAsync(process, timeout);
    }

    /// <summary>Waits for a process whose output and errors are redirected, and collects both.</summary>
    public static async Task<Exit> ExitOfAsync(Process process, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var errors = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        return new(process.ExitCode, await output, await errors);
    }

    public static Process Start(IEnumerable<string> arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(WebAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("The portal process did not start.");
    }

    /// <summary>Portal serving on a free loopback port (or the address given), ready (its /readyz answers); the caller kills or stops it.</summary>
    public static async Task<(Process Process, Uri Address)> ServeAsync(Dictionary<string, string> environment, Uri? at = null)
    {
        var address = at ?? new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Start(["--urls", address.ToString()], environment);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return (process, address);
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        var exited = process.HasExited ? $"exited with {process.ExitCode}" : $"still not ready after {deadline.Elapsed.TotalSeconds:F0} s";
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"Portal on {address} {exited}: {await process.StandardOutput.ReadToEndAsync()} {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Reads a served portal's output and errors to their end, so that its logging never blocks on a full pipe.</summary>
    public static Task DrainAsync(this Process process) =>
        Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The settings for a portal process over the folder's database, with writes unlimited and logs at Warning unless
    /// <paramref name="settings"/> says otherwise; an admin created by the command, and an API token of theirs.
    /// </summary>
    public static async Task<(Dictionary<string, string> Environment, string Token)> NewsroomAsync(TempFolder folder,
        string password = "a long process test passphrase", Dictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = $"Data Source={folder.DatabasePath}",
            ["Portal__Api__WritesPerMinute"] = "1000000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }
        var admin = await RunAsync(["admin", "create", "--email", "chief@example.com"], environment, input: password + "\n");
        Assert.True(admin.Code == 0, admin.Errors);
        var token = await RunAsync(["token", "create", "--email", "chief@example.com", "--name", "process test"], environment);
        return (environment, token.Output.Trim());
    }
}
