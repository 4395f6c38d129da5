using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;
using Portal.Web.Imports;

namespace Portal.Web.Seed;

/// <summary>
/// Puts the first story into an empty newsroom. Each seed is applied once and recorded, so a later start
/// never re-adds or overwrites what editors have changed or deleted since.
/// </summary>
public sealed class SeedContent(PortalDbContext db, WireImporter importer, TimeProvider clock, ILogger<SeedContent> logger)
{
    public const string PompeoKimYongChol = "pompeo-kim-yong-chol";

    // The report's Thursday: 31 May 2018, noon in New York.
    private static readonly DateTime PublishedAt = new(2018, 5, 31, 16, 0, 0, DateTimeKind.Utc);

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        if (await db.SeedRecords.AnyAsync(s => s.Name == PompeoKimYongChol, cancellationToken))
        {
            return;
        }
        var text = new ArticleInput
        {
            Headline = "Pompeo says U.S. and North Korea are moving ‘in the right direction’ toward a summit",
            Standfirst = "After two days of talks in New York with Kim Yong Chol, the secretary of state says a letter " +
                "from Kim Jong Un is on its way to President Trump and that real progress has been made.",
            Dateline = "New York",
            Section = "World",
            Tags = ["North Korea", "United States", "Diplomacy"],
            Body = ReadSeedText(PompeoKimYongChol),
        }.ToText();
        var (article, draft) = await importer.ImportAsync(new(text.Body, text.Headline), cancellationToken);
        if (article is null)
        {
            throw new InvalidOperationException("The seed story could not be imported: " + string.Join("; ", draft.Problems.Select(p => p.Message)));
        }
        article.Write(text);
        article.Status = ArticleStatus.Published;
        article.PublishedAt = PublishedAt;
        article.UpdatedAt = PublishedAt;
        // Its first revision: the common ancestor every later edit of the story merges from.
        db.ArticleRevisions.Add(ArticleRevision.Of(article, ArticleBody.WireText(article.Blocks), RevisionRecords.Of(article.Quotes, article.Blocks), 1, PublishedAt, null, "seeded"));
        db.SeedRecords.Add(new SeedRecord { Name = PompeoKimYongChol, AppliedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Instances starting together on one database: another saved the seed first, and this save added nothing.
            if (!await db.SeedRecords.AsNoTracking().AnyAsync(s => s.Name == PompeoKimYongChol, cancellationToken))
            {
                throw;
            }
            logger.LogInformation("Another instance applied the seed {Seed} first", PompeoKimYongChol);
            return;
        }
        logger.LogInformation("Seeded the article {Slug} with {Quotes} quotes; importer notes: {Problems}",
            article.Slug, article.Quotes.Count, draft.Problems.Select(p => p.Code));
    }

    private static string ReadSeedText(string name)
    {
        using var stream = typeof(SeedContent).Assembly.GetManifestResourceStream($"Portal.Seed.{name}.txt")
            ?? throw new InvalidOperationException($"The seed text {name} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
