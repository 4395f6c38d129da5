using System.Text.Json;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Search;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>An article in a list; <c>leadPhoto</c> is its first photo with a file, as lists show it, or null.</summary>
public sealed record ArticleSummary(string Slug, string? Kicker, string Headline, string? Standfirst, string? Dateline, string? Section, DateTime? PublishedAt,
    DateTime UpdatedAt, PhotoSummary? LeadPhoto);

/// <summary>A photo as a list shows it: its address, alt text and size.</summary>
public sealed record PhotoSummary(string Url, string? AltText)
{
    public int? Width => Credits.MediaFile.SizeAt(Url)?.Width;

    public int? Height => Credits.MediaFile.SizeAt(Url)?.Height;
}

/// <summary>
/// Narrows a list of articles: to a tag, a section (by name), a person they mention, a name of their byline (by slug),
/// full-text search terms, a publication window; <see cref="Status"/> lists that status instead of what readers see.
/// </summary>
public sealed record ArticleFilter(string? TagSlug = null, string? Section = null, int? PersonId = null)
{
    public string? BylineSlug { get; init; }

    public SearchTerms? Terms { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public ArticleStatus? Status { get; init; }
    public ArticleOrder Order { get; init; } = ArticleOrder.Newest;
}

public enum ArticleOrder
{
    Newest,
    Oldest,

    /// <summary>Best match first; only with a match expression.</summary>
    Relevance,
}

/// <summary>The reads behind both the reader's pages and the API.</summary>
public sealed class ArticleQueries(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PageOf<ArticleSummary>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = filter.Status is { } status
            ? db.Articles.AsNoTracking().Where(a => a.Status == status)
            : db.Articles.AsNoTracking().VisibleAt(now);
        if (filter.TagSlug is { } tag)
        {
            published = published.Where(a => a.Tags.Any(t => t.Slug == tag));
        }
        if (filter.Section is { } section)
        {
            published = published.Where(a => a.Section == section);
        }
        if (filter.PersonId is { } person)
        {
            published = published.Where(a => a.Mentions.Any(m => m.PersonId == person));
        }
        if (filter.BylineSlug is { } byline)
        {
            published = published.Where(a => a.Bylines.Any(b => b.Slug == byline));
        }
        if (filter.From is { } from)
        {
            published = published.Where(a => a.PublishedAt >= from);
        }
        if (filter.To is { } to)
        {
            published = published.Where(a => a.PublishedAt <= to);
        }
        IQueryable<Article> ordered;
        if (filter.Terms is { } terms)
        {
            // The matching ids are found once (IN over the full-text index), never once per article.
            var matching = SearchQueries.Matching(db, terms);
            var ranked = SearchQueries.Ranked(db, terms);
            // Best first straight from the rank order: the full-text table leads the join.
            ordered = filter.Order == ArticleOrder.Relevance
                ? ranked.Join(published, r => r.Id, a => a.Id, (r, a) => new { a, r.Rank }).OrderBy(x => x.Rank).Select(x => x.a)
                : Ordered(published.Where(a => matching.Contains(a.Id)), filter.Order);
            published = published.Where(a => matching.Contains(a.Id));
        }
        else
        {
            ordered = Ordered(published, filter.Order);
        }
        // Record equality: a filter added to ArticleFilter later takes the general count until this one is taught it.
        var searchAlone = filter with { Terms = null, Order = ArticleOrder.Newest } == new ArticleFilter();
        var total = searchAlone && filter.Terms is { } searched
            ? await CountVisibleMatchesAsync(searched, now, cancellationToken)
            : await published.CountAsync(cancellationToken);
        // Two scalar subqueries rather than one row: SQLite has no lateral join for EF to read a row of the first photo with.
        var rows = await ordered
            .PageAt(page, pageSize)
            .Select(a => new
            {
                a.Slug, a.Kicker, a.Headline, a.Standfirst, a.Dateline, a.Section, a.PublishedAt, a.UpdatedAt,
                PhotoFile = a.Blocks.Where(b => b.Image != null && b.Image.FileName != null).OrderBy(b => b.Position).Select(b => b.Image!.FileName).FirstOrDefault(),
                PhotoAlt = a.Blocks.Where(b => b.Image != null && b.Image.FileName != null).OrderBy(b => b.Position).Select(b => b.Image!.AltText).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(a => new ArticleSummary(a.Slug, a.Kicker, a.Headline, a.Standfirst, a.Dateline, a.Section, a.PublishedAt, a.UpdatedAt,
            a.PhotoFile is null ? null : new PhotoSummary(Credits.ImageStore.UrlOf(a.PhotoFile), a.PhotoAlt))).ToList();
        return new(items, page, pageSize, total);
    }

    /// <summary>
    /// How many articles readers can see match the terms: the matches, less the few that are drafts or not yet due.
    /// Checking every match against the articles instead costs twice as much when a common word matches most of the archive.
    /// </summary>
    private Task<int> CountVisibleMatchesAsync(SearchTerms terms, DateTime now, CancellationToken cancellationToken)
    {
        var hidden = db.Articles.HiddenAt(now).Select(a => a.Id);
        return SearchQueries.Matching(db, terms).CountAsync(id => !hidden.Contains(id), cancellationToken);
    }

    private static IQueryable<Article> Ordered(IQueryable<Article> articles, ArticleOrder order) => order == ArticleOrder.Oldest
        ? articles.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
        : articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>The section name whose slug this is, among sections of published articles.</summary>
    public async Task<string?> SectionNamedAsync(string slug, CancellationToken cancellationToken)
    {
        var sections = await db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Section != null).Select(a => a.Section!).Distinct().ToListAsync(cancellationToken);
        return sections.FirstOrDefault(s => Slug.From(s, Article.SectionMaxLength) == slug);
    }

    /// <summary>The sections with the most published articles, most first: what the masthead offers readers.</summary>
    public async Task<IReadOnlyList<TagItem>> TopSectionsAsync(int most, CancellationToken cancellationToken)
    {
        var sections = await db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.Section != null).GroupBy(a => a.Section!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(most).Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return sections.Select(s => new TagItem(s, Slug.From(s, Article.SectionMaxLength))).ToList();
    }

    /// <summary>The tag's display name, when a published article carries it.</summary>
    public Task<string?> TagNamedAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .SelectMany(a => a.Tags).Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A published article with everything it shows, in one statement (<see cref="ArticleDocument"/>). The hottest
    /// read in Portal, it goes straight to the connection: EF's raw-SQL query path costs more than the statement itself.
    /// </summary>
    public Task<ArticleDetail?> PublishedBySlugAsync(string slug, CancellationToken cancellationToken) =>
        BySlugAsync(slug, includeUnpublished: false, cancellationToken);

    /// <summary>The slug a visible article once had as <paramref name="former"/> has now (editors: any article); null when none had it.</summary>
    public Task<string?> RenamedFromAsync(string former, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var articles = includeUnpublished ? db.Articles : db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime);
        return db.FormerSlugs.Where(f => f.Slug == former)
            .Join(articles, f => f.ArticleId, a => a.Id, (_, a) => a.Slug).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The article whatever its status, for editors; inside the caller's transaction when there is one.</summary>
    public async Task<ArticleDetail?> BySlugAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = db.Database.IsNpgsql() ? ArticleDocument.PostgreSql : ArticleDocument.Sqlite;
            AddParameter(command, "slug", slug);
            AddParameter(command, "now", now);
            AddParameter(command, "all", includeUnpublished);
            return await command.ExecuteScalarAsync(cancellationToken) is string document
                ? JsonSerializer.Deserialize<ArticleDetail>(document, Json)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
