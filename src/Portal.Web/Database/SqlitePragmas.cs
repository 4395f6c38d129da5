using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data;

namespace Portal.Web.Database;

/// <summary>
/// Puts every SQLite connection in WAL mode with synchronous=FULL and foreign keys on: an acknowledged
/// write survives a power cut, and the database itself refuses dangling references. Pooled connections
/// keep their settings, so each native connection is set up once.
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    // WAL is a property of the database file, set once at start-up; the rest belong to each connection.
    private readonly string _setup = $"PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout={busyTimeoutMilliseconds};";
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Prepared.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        command.CommandText = _setup;
        command.ExecuteNonQuery();
        Prepared.AddOrUpdate(handle, handle);
    }

    /// <summary>Puts the database in WAL mode and fails start-up when any setting did not take, rather than running without it.</summary>
    public static async Task VerifyAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var journal = await Scalar(db, "PRAGMA journal_mode=WAL", cancellationToken);
        var synchronous = await Scalar(db, "PRAGMA synchronous", cancellationToken);
        var foreignKeys = await Scalar(db, "PRAGMA foreign_keys", cancellationToken);
        var inMemory = journal == "memory";
        if ((!inMemory && journal != "wal") || synchronous != "2" || foreignKeys != "1")
        {
            throw new InvalidOperationException(
                $"SQLite is not set up safely (journal_mode={journal}, synchronous={synchronous}, foreign_keys={foreignKeys}); " +
                "expected WAL, FULL (2) and foreign keys on.");
        }
    }

    private static async Task<string> Scalar(PortalDbContext db, string pragma, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragma;
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
