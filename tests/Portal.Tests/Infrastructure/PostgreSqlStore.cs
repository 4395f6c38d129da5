using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test on the PostgreSQL server the test run names. <c>tests/run.sh</c> starts a
/// throwaway server and runs the HTTP suite a second time with PORTAL_TEST_PROVIDER=PostgreSql and
/// PORTAL_TEST_POSTGRES set to its connection string (without a database).
/// </summary>
public sealed class PostgreSqlStore : IDisposable
{
    private const string ServerVariable = "PORTAL_TEST_POSTGRES";

    public string Name { get; } = "portal_test_" + Guid.NewGuid().ToString("N");

    private PostgreSqlStore()
    {
    }

    /// <summary>Whether this test run is the one against PostgreSQL.</summary>
    public static bool UnderTest => Environment.GetEnvironmentVariable("PORTAL_TEST_PROVIDER") == "PostgreSql";

    /// <summary>The server's connection string; a test that needs PostgreSQL fails with this message when none is named.</summary>
    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} names no PostgreSQL server; tests/run.sh starts one and sets it.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ToString();

    /// <summary>Runs a PostgreSQL client tool (pg_dump, pg_restore) against a database; the password goes by environment.</summary>
    public static async Task<PortalProcess.Exit> RunToolAsync(string tool, string connectionString, params string[] arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = connection.Password;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add($"host={connection.Host} port={connection.Port} user={connection.Username} dbname={connection.Database}");
        using var process = System.Diagnostics.Process.Start(start)!;
        return await PortalProcess.ExitOfAsync(process);
    }

    /// <summary>Makes a new, empty database; Portal's migrations build its schema when Portal starts.</summary>
    public static PostgreSqlStore Create()
    {
        var store = new PostgreSqlStore();
        Run($"CREATE DATABASE \"{store.Name}\"");
        return store;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static void Run(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
