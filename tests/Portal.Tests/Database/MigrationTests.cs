using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.People;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Database;

/// <summary>The schema comes from the real migrations, and the database itself enforces the rules.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Start_up_migrates_an_empty_database_to_the_latest_migration()
    {
        using var factory = new PortalFactory();

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add a migration.");
        });
    }

    [Fact]
    public void Both_stores_migrations_capture_the_whole_model()
    {
        // The design-time factories are what dotnet ef uses; neither touches a database to compare.
        using var sqlite = new Portal.Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);
        using var postgreSql = new Portal.Migrations.PostgreSql.DesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(),
            "The model has changes that no SQLite migration captures: add one in migrations/Sqlite (see README).");
        Assert.False(postgreSql.Database.HasPendingModelChanges(),
            "The model has changes that no PostgreSQL migration captures: add one in migrations/PostgreSql (see README).");
    }

    [Fact, Trait(Store.Trait, Store.Sqlite)]
    public async Task The_compiled_model_matches_the_model_the_code_describes()
    {
        using var factory = new PortalFactory();

        await factory.WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var compiled = Signature(db.Model);
            var described = Signature(db.GetService<IDesignTimeModel>().Model);
            Assert.True(compiled.SequenceEqual(described),
                "The compiled model in src/Portal.Data/CompiledModel is stale: run dotnet ef dbcontext optimize (see README). Differs at: " +
                string.Join(" | ", described.Except(compiled).Concat(compiled.Except(described))));
            return Task.CompletedTask;
        });
    }

    /// <summary>What the app relies on from a model: tables, columns, keys, relationships and indexes.</summary>
    private static List<string> Signature(IReadOnlyModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(entity =>
            new[] { $"{entity.Name} -> {entity.GetTableName()}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"{entity.Name}.{p.Name}: {p.ClrType.Name} {p.GetColumnName()} null={p.IsNullable} max={p.GetMaxLength()} token={p.IsConcurrencyToken} gen={p.ValueGenerated}"))
                .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
                .Concat(entity.GetForeignKeys().Select(f =>
                    $"{entity.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
                .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Order())
        .ToList();

    [Fact, Trait(Store.Trait, Store.Sqlite)]
    public async Task Sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys()
    {
        using var factory = new PortalFactory();

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            Assert.Equal("wal", await Pragma(db, "journal_mode"));
            Assert.Equal("2", await Pragma(db, "synchronous"));
            Assert.Equal("1", await Pragma(db, "foreign_keys"));
        });
    }

    [Fact]
    public async Task The_database_rejects_a_duplicate_slug()
    {
        var error = await SaveRejected(db =>
        {
            db.People.Add(new Person { Slug = "same-person", Name = "One" });
            db.People.Add(new Person { Slug = "same-person", Name = "Two" });
        });

        Assert.Contains("unique", error.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_database_rejects_text_longer_than_the_model_allows()
    {
        var error = await SaveRejected(db => db.People.Add(new Person { Slug = "long", Name = new string('x', Person.NameMaxLength + 1) }));

        // SQLite checks the length with a constraint of its own; PostgreSQL's column type holds no more.
        Assert.Contains(PostgreSqlStore.UnderTest ? "value too long" : "CK_People_Name_Length", error.InnerException!.Message);
    }

    [Fact]
    public async Task The_database_rejects_a_reference_to_a_missing_row()
    {
        using var factory = new PortalFactory();

        var error = await factory.WithServicesAsync(services => Assert.ThrowsAnyAsync<System.Data.Common.DbException>(async () =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"ArticleMentions\" (\"ArticleId\", \"PersonId\", \"Position\") VALUES (999999, 999999, 0)");
        }));
        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_published_article_must_have_a_publication_time()
    {
        var error = await SaveRejected(db => db.Articles.Add(new Article { Slug = "no-time", Headline = "No time", Status = ArticleStatus.Published }));

        Assert.Contains("CK_Articles_PublishedHasTime", error.InnerException!.Message);
    }

    [Fact]
    public async Task A_stale_version_cannot_overwrite_a_newer_save()
    {
        using var factory = new PortalFactory();

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            db.People.Add(new Person { Slug = "versioned", Name = "Versioned" });
            await db.SaveChangesAsync();
        });
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<PortalDbContext>().People.SingleAsync(p => p.Slug == "versioned");
        var theirs = await second.ServiceProvider.GetRequiredService<PortalDbContext>().People.SingleAsync(p => p.Slug == "versioned");

        theirs.Title = "Saved first";
        await second.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        mine.Title = "Saved second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync());
        await factory.WithServicesAsync(async services =>
            Assert.Equal("Saved first", (await services.GetRequiredService<PortalDbContext>().People.SingleAsync(p => p.Slug == "versioned")).Title));
    }

    [Fact, Trait(Store.Trait, Store.Sqlite)]
    public async Task The_migrate_command_builds_the_schema_and_exits()
    {
        using var folder = new TempFolder();
        var database = folder.DatabasePath;
        var exit = await PortalProcess.RunAsync(["migrate"], new() { ["ConnectionStrings__Portal"] = $"Data Source={database}" });

        Assert.Equal(0, exit.Code);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM __EFMigrationsHistory; SELECT count(*) FROM Articles;";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt32(0) > 0);
        Assert.True(await reader.NextResultAsync() && await reader.ReadAsync());
        Assert.Equal(0, reader.GetInt32(0)); // migrate does not seed
    }

    /// <summary>Makes a change in a fresh portal's store and returns the error the database answers the save with.</summary>
    private static async Task<DbUpdateException> SaveRejected(Action<PortalDbContext> change)
    {
        using var factory = new PortalFactory();
        return await factory.WithServicesAsync(services => Assert.ThrowsAsync<DbUpdateException>(() =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            change(db);
            return db.SaveChangesAsync();
        }));
    }

    private static async Task<string> Pragma(PortalDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
