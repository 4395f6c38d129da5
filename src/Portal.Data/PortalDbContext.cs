using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Data;

/// <summary>The newsroom's store: content, the accounts (ASP.NET Core Identity) of the people who edit it, and the keys that protect their cookies.</summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleBlock> ArticleBlocks => Set<ArticleBlock>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<FormerSlug> FormerSlugs => Set<FormerSlug>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Image> Images => Set<Image>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<SeedRecord> SeedRecords => Set<SeedRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuthorProfile> AuthorProfiles => Set<AuthorProfile>();

    /// <summary>The keys that protect cookies, shared by every instance of Portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        modelBuilder.Entity<SeedRecord>(seed =>
        {
            seed.HasKey(s => s.Name);
            seed.Property(s => s.Name).HasMaxLength(SeedRecord.NameMaxLength);
        });
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                entity.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken = true;
            }
        }
        modelBuilder.EnforceMaxLengthsInDatabase();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTime as text without a zone; everything Portal stores is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }

    /// <summary>Stores every time as UTC and reads it back marked as UTC (SQLite keeps no zone). Public for the compiled model.</summary>
    public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}
