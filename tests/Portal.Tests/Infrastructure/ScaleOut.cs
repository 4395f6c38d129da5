using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The scale-out topology of docker-compose.yml, from Debian packages on loopback: a database of its own on the test
/// run's PostgreSQL server, redis-server with a password made up for the run, two Portal processes started together
/// on an empty database, and nginx balancing between them.
/// </summary>
public sealed class ScaleOut : IAsyncLifetime
{
    public const string AdminEmail = "chief@example.com";
    /// <summary>A second account, for what two editors see of each other.</summary>
    public const string DeputyEmail = "deputy@example.com";
    public const string AdminPassword = "a long scale-out passphrase";

    private readonly TempFolder _folder = new();
    private readonly PostgreSqlStore _store = PostgreSqlStore.Create();
    private bool _disposed;
    private string[] _redisArguments = [];
    private Process? _redis;
    private Process? _nginx;
    private readonly ConcurrentQueue<string> _instanceLog = new();

    public Dictionary<string, string> Environment { get; } = [];

    public Process[] Instances { get; } = new Process[2];

    public Uri[] InstanceAddresses { get; } = new Uri[2];

    public Uri Balancer { get; private set; } = null!;

    public string Token { get; private set; } = "";

    /// <summary>What the instances logged as errors while both started on the empty database.</summary>
    public IReadOnlyList<string> StartupErrors { get; private set; } = [];

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // Leave no process behind when the topology does not come up.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        var redisPort = PortalProcess.FreePort();
        var redisPassword = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        _redisArguments = ["--port", $"{redisPort}", "--bind", "127.0.0.1", "--requirepass", redisPassword, "--save", "", "--appendonly", "no"];
        _redis = Service("redis-server", _redisArguments);
        Environment["Portal__Database__Provider"] = "PostgreSql";
        Environment["ConnectionStrings__Portal"] = _store.ConnectionString;
        Environment["ConnectionStrings__Redis"] = $"127.0.0.1:{redisPort},password={redisPassword}";
        Environment["Portal__Proxy__Addresses__0"] = "127.0.0.1";
        Environment["Portal__Cookies__SecureOnly"] = "false";
        Environment["Portal__Api__WritesPerMinute"] = "1000000";
        Environment["Portal__Login__AttemptsPerMinute"] = "6";
        Environment["Portal__Media__Path"] = Path.Combine(_folder.Path, "media");
        Environment["Serilog__MinimumLevel__Default"] = "Warning";

        // Both instances start together on the empty database: migrations and seeding must happen once.
        var starting = new[] { PortalProcess.ServeAsync(Environment), PortalProcess.ServeAsync(Environment) };
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // One that started is stopped with the rest, even when the other did not.
            foreach (var (instance, i) in starting.Select((task, i) => (task, i)).Where(s => s.task.IsCompletedSuccessfully))
            {
                (Instances[i], InstanceAddresses[i]) = instance.Result;
                ReadLines(Instances[i], _instanceLog.Enqueue);
            }
        }
        foreach (var email in new[] { AdminEmail, DeputyEmail })
        {
            var admin = await PortalProcess.RunAsync(["admin", "create", "--email", email], Environment, input: AdminPassword + "\n");
            Assert.True(admin.Code == 0, admin.Errors);
        }
        Token = (await PortalProcess.RunAsync(["token", "create", "--email", AdminEmail, "--name", "scale-out"], Environment)).Output.Trim();
        StartupErrors = [.. _instanceLog.Where(line => line.Contains(" ERR] ", StringComparison.Ordinal))];

        var balancerPort = PortalProcess.FreePort();
        var config = Path.Combine(_folder.Path, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes 1;
            pid {{_folder.Path}}/nginx.pid;
            error_log {{_folder.Path}}/nginx-error.log;
            events { worker_connections 256; }
            http {
                access_log off;
                upstream portal {
                    server {{InstanceAddresses[0].Authority}} max_fails=1 fail_timeout=30s;
                    server {{InstanceAddresses[1].Authority}} max_fails=1 fail_timeout=30s;
                }
                server {
                    listen 127.0.0.1:{{balancerPort}};
                    client_max_body_size 12m;
                    location / {
                        proxy_pass http://portal;
                        proxy_set_header Host $host:$server_port;
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout http_502 http_503;
                    }
                }
            }
            """);
        _nginx = Service("nginx", "-c", config, "-p", _folder.Path, "-g", "daemon off;");
        Balancer = new Uri($"http://127.0.0.1:{balancerPort}");
        using var probe = new HttpClient { BaseAddress = Balancer };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // nginx is not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("nginx did not answer: " + await File.ReadAllTextAsync(Path.Combine(_folder.Path, "nginx-error.log")));
    }

    /// <summary>Takes Redis away, as a crash would; it comes back empty with <see cref="RestartRedis"/>.</summary>
    public void KillRedis()
    {
        _redis!.Kill();
        _redis.WaitForExit();
        _redis.Dispose();
        _redis = null;
    }

    public void RestartRedis() => _redis = Service("redis-server", _redisArguments);

    /// <summary>Starts instance <paramref name="index"/> again on its address, after it was killed.</summary>
    public async Task RestartAsync(int index)
    {
        Instances[index].Dispose();
        (Instances[index], _) = await PortalProcess.ServeAsync(Environment, InstanceAddresses[index]);
        ReadLines(Instances[index], _instanceLog.Enqueue);
    }

    public Task DisposeAsync()
    {
        if (_disposed)
        {
            return Task.CompletedTask;
        }
        _disposed = true;
        foreach (var process in Instances.Append(_redis).Append(_nginx).OfType<Process>())
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            process.Dispose();
        }
        _store.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private static Process Service(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        ReadLines(process, _ => { });
        return process;
    }

    /// <summary>Reads a process's output and errors as they come, so that it never blocks on a full pipe.</summary>
    private static void ReadLines(Process process, Action<string> line)
    {
        process.OutputDataReceived += (_, received) => line(received.Data ?? "");
        process.ErrorDataReceived += (_, received) => line(received.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }
}
