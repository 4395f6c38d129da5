using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Web.Database;

/// <summary>
/// <c>backup --to FILE</c>: an online, consistent copy of the SQLite database, taken while Portal serves and
/// writes, checked with <c>PRAGMA integrity_check</c> before it is kept. <c>restore --from FILE</c>: checks the
/// copy, then puts its content in place of the configured database in one step; run it with Portal stopped.
/// </summary>
public static class BackupCommands
{
    private const string Usage = "usage: backup --to <new file> | restore --from <backup file>";

    /// <summary>The exit code when the arguments name a backup command, or null when they do not.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        if (args is ["backup" or "restore", ..] && app.Configuration.StoreProvider() != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync(
                "On PostgreSQL, back up with pg_dump --format=custom and restore with pg_restore (see the README); these commands are for SQLite.");
            return 2;
        }
        switch (args)
        {
            case ["backup", "--to", var file]:
                return await BackupAsync(services, Path.GetFullPath(file));
            case ["restore", "--from", var file]:
                return await RestoreAsync(services, Path.GetFullPath(file));
            case ["backup" or "restore", ..]:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
            default:
                return null;
        }
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string file)
    {
        if (File.Exists(file))
        {
            return await FailAsync($"{file} exists already; a backup never overwrites a file.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var live = await OpenAsync(ConnectionString(services), SqliteOpenMode.ReadOnly))
        await using (var copy = await OpenAsync(file, SqliteOpenMode.ReadWriteCreate))
        {
            // One step copies every page under a single read transaction: a snapshot, while writers go on.
            live.BackupDatabase(copy);
        }
        if (await IntegrityAsync(file) is { } problem)
        {
            File.Delete(file);
            return await FailAsync($"The copy failed its integrity check ({problem}); nothing was kept.");
        }
        await Console.Out.WriteLineAsync(file);
        await Console.Error.WriteLineAsync($"Backed up to {file} ({new FileInfo(file).Length:N0} bytes); integrity_check ok.");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string file)
    {
        if (!File.Exists(file))
        {
            return await FailAsync($"There is no backup at {file}.");
        }
        if (await IntegrityAsync(file) is { } problem)
        {
            return await FailAsync($"{file} failed its integrity check ({problem}); the database is unchanged.");
        }
        await using (var backup = await OpenAsync(file, SqliteOpenMode.ReadOnly))
        {
            if (!await IsPortalDatabaseAsync(backup))
            {
                return await FailAsync($"{file} is not a Portal database; the database is unchanged.");
            }
            await using var live = await OpenAsync(ConnectionString(services), SqliteOpenMode.ReadWriteCreate);
            // The backup API writes the whole copy in one transaction: readers see the old content or the new.
            backup.BackupDatabase(live);
        }
        // A backup from an older release catches up with this one's schema.
        await services.MigrateDatabaseAsync();
        await Console.Error.WriteLineAsync($"Restored from {file}.");
        return 0;
    }

    private static string ConnectionString(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionStringOrFile, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder(connectionStringOrFile.Contains('=') ? connectionStringOrFile : $"Data Source={connectionStringOrFile}")
        {
            Mode = mode,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Null when SQLite finds the file sound; otherwise its first complaint.</summary>
    private static async Task<string?> IntegrityAsync(string file)
    {
        try
        {
            await using var connection = await OpenAsync(file, SqliteOpenMode.ReadOnly);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)await check.ExecuteScalarAsync();
            return result == "ok" ? null : result;
        }
        catch (SqliteException error)
        {
            return error.Message;
        }
    }

    private static async Task<bool> IsPortalDatabaseAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Articles')";
        return (long)(await command.ExecuteScalarAsync())! == 2;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
