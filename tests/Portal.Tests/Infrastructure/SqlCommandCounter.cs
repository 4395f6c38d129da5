using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Records every statement the portal sends, whether it came through EF Core or straight from a query class, so tests
/// can count database round trips: on SQLite what SQLite itself starts on the portal's connections (sqlite3_trace),
/// on PostgreSQL the commands Npgsql traces for this test's database.
/// </summary>
public sealed class SqlCommandCounter : DbConnectionInterceptor, IDisposable
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConditionalWeakTable<sqlite3, object> _traced = [];
    private ActivityListener? _npgsql;

    /// <summary>Records the commands Npgsql runs on the named database, from whichever test's portal they come.</summary>
    public void ListenToPostgreSql(string database)
    {
        _npgsql = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Tag(activity, "db.namespace", "db.name") == database && Tag(activity, "db.query.text", "db.statement") is { } text)
                {
                    _statements.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(_npgsql);
    }

    public void Dispose() => _npgsql?.Dispose();

    private static string? Tag(Activity activity, string name, string olderName) =>
        activity.GetTagItem(name) as string ?? activity.GetTagItem(olderName) as string;

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
