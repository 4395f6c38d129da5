namespace Portal.Tests.Infrastructure;

/// <summary>
/// Marks tests that belong to one store. <see cref="Sqlite"/>: tests about SQLite itself (its files, pragmas, backups,
/// locks, or Portal processes started on a SQLite file), left out of the run against PostgreSQL (<c>--filter
/// Store!=Sqlite</c>). <see cref="PostgreSql"/>: tests that need the PostgreSQL server (and Redis, nginx) the test script
/// starts, run only in that run; the first run leaves them out (<c>--filter Store!=PostgreSql</c>).
/// </summary>
public static class Store
{
    public const string Trait = "Store";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
}
