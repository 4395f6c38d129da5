using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Portal.Data;

namespace Portal.Web.Database;

/// <summary>
/// Lets one Portal instance at a time change a PostgreSQL database at start-up: migrate it, create the roles, apply
/// the seed. EF Core's own migration lock is held for one migration's transaction at a time, so instances starting
/// together could interleave theirs and apply a migration twice; this session-level advisory lock is held from before
/// the first check of what is pending until the roles exist, and again while the seed is applied. It lives on a
/// connection of its own, outside the pool, so closing it always releases the lock, also when the process dies.
/// </summary>
internal sealed class PostgreSqlStartupLock : IAsyncDisposable
{
    /// <summary>Any number, the same in every instance.</summary>
    private const long Key = 20_180_601;

    private readonly NpgsqlConnection _connection;

    private PostgreSqlStartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgreSqlStartupLock> TakeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await CreateDatabaseIfMissingAsync(db, cancellationToken);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            Pooling = false,
            CommandTimeout = 0, // wait for as long as another instance migrates
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var take = new NpgsqlCommand($"SET lock_timeout = 0; SELECT pg_advisory_lock({Key})", connection);
        await take.ExecuteNonQueryAsync(cancellationToken);
        return new PostgreSqlStartupLock(connection);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>The lock needs the database to exist; of instances creating it together, one succeeds and the others find it.</summary>
    private static async Task CreateDatabaseIfMissingAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it a moment ago.
        }
    }
}
