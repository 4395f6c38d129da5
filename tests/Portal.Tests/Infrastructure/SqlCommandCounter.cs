using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Records every statement SQLite itself starts on the portal's connections (sqlite3_trace), whether it
/// came through EF Core or straight from a query class, so tests can count database round trips.
/// </summary>
public sealed class SqlCommandCounter : DbConnectionInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConditionalWeakTable<sqlite3, object> _traced = [];

    public IReadOnlyList<string> Sent => [.. _statements];

    public void Clear() => _statements.Clear();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Trace(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Trace(connection);
        return Task.CompletedTask;
    }

    private void Trace(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _traced.TryGetValue(handle, out _))
        {
            return;
        }
        _traced.Add(handle, handle);
        raw.sqlite3_trace(handle, (_, sql) =>
        {
            var text = sql ?? "";
            // Statements run by triggers are reported with a leading comment; they are part of their statement.
            if (!text.StartsWith("--", StringComparison.Ordinal))
            {
                _statements.Enqueue(text);
            }
        }, null);
    }
}
