using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

public sealed record ArticleSummary(string Slug, string Headline, string? Standfirst, string? Dateline, string? Section, DateTime? PublishedAt, DateTime UpdatedAt);

/// <summary>
/// Narrows a list of articles: to a tag, a section (by name), a person they mention, an FTS5 match
/// expression, a publication window; <see cref="Status"/> lists that status instead of what readers see.
/// </summary>
public sealed record ArticleFilter(string? TagSlug = null, string? Section = null, int? PersonId = null)
{
    public string? Match { get; init; }
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

/// <summary>An article's id and its full-text rank (lower is better), as FTS5 gives them.</summary>
public sealed record RankedArticle(int Id, double Rank);

/// <summary>The reads behind both the reader's pages and the API.</summary>
public sealed class ArticleQueries(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PageOf<ArticleSummary>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var published = filter.Status is { } status
            ? db.Articles.AsNoTracking().Where(a => a.Status == status)
            : db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime);
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
        if (filter.From is { } from)
        {
            published = published.Where(a => a.PublishedAt >= from);
        }
        if (filter.To is { } to)
        {
            published = published.Where(a => a.PublishedAt <= to);
        }
        IQueryable<Article> ordered;
        if (filter.Match is { } match)
        {
            // The matching ids are found once (IN over the FTS5 table), never once per article.
            var matching = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {match}");
            var ranked = db.Database.SqlQuery<RankedArticle>($"SELECT rowid AS Id, rank AS Rank FROM ArticleSearch WHERE ArticleSearch MATCH {match}");
            // Best first straight from FTS5's rank order: the full-text table leads the join.
            ordered = filter.Order == ArticleOrder.Relevance
                ? ranked.Join(published, r => r.Id, a => a.Id, (r, a) => new { a, r.Rank }).OrderBy(x => x.Rank).Select(x => x.a)
                : Ordered(published.Where(a => matching.Contains(a.Id)), filter.Order);
            published = published.Where(a => matching.Contains(a.Id));
        }
        else
        {
            ordered = Ordered(published, filter.Order);
        }
        var total = await published.CountAsync(cancellationToken);
        var items = await ordered
            .PageAt(page, pageSize)
            .Select(a => new ArticleSummary(a.Slug, a.Headline, a.Standfirst, a.Dateline, a.Section, a.PublishedAt, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
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

    /// <summary>The tag's display name, when a published article carries it.</summary>
    public Task<string?> TagNamedAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .SelectMany(a => a.Tags).Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A published article with everything it shows, in one statement: SQLite assembles the nested
    /// document with its JSON functions, so there is one round trip and no row explosion from joining
    /// blocks, quotes, people and credits side by side. The hottest read in Portal, it goes straight to
    /// the connection: EF's raw-SQL query path costs more than the statement itself.
    /// </summary>
    public Task<ArticleDetail?> PublishedBySlugAsync(string slug, CancellationToken cancellationToken) =>
        BySlugAsync(slug, includeUnpublished: false, cancellationToken);

    /// <summary>The article whatever its status, for editors; inside the caller's transaction when there is one.</summary>
    public async Task<ArticleDetail?> BySlugAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = ArticleDocumentSql;
            command.Parameters.Add(new SqliteParameter("$slug", slug));
            command.Parameters.Add(new SqliteParameter("$now", now));
            command.Parameters.Add(new SqliteParameter("$all", includeUnpublished));
            return await command.ExecuteScalarAsync(cancellationToken) is string document
                ? JsonSerializer.Deserialize<ArticleDetail>(document, Json)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string ArticleDocumentSql = """
            SELECT json_object(
                'id', a.Id, 'slug', a.Slug, 'headline', a.Headline, 'standfirst', a.Standfirst, 'dateline', a.Dateline,
                'section', a.Section, 'status', lower(a.Status),
                'publishedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.PublishedAt),
                'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.UpdatedAt),
                'tags', json((SELECT json_group_array(json_object('name', t.Name, 'slug', t.Slug) ORDER BY t.Name)
                    FROM ArticleTags t WHERE t.ArticleId = a.Id)),
                'blocks', json((SELECT json_group_array(json_object(
                        'position', b.Position, 'type', lower(b.Kind), 'text', b.Text,
                        'image', CASE WHEN i.Id IS NULL THEN NULL ELSE json_object(
                            'id', i.Id, 'caption', i.Caption, 'altText', i.AltText, 'url', '/media/' || i.FileName,
                            'credit', json((SELECT json_group_array(json_object('slug', g.Slug, 'name', g.Name) ORDER BY c.Position)
                                FROM ImageCredits c JOIN Agencies g ON g.Id = c.AgencyId WHERE c.ImageId = i.Id))) END
                    ) ORDER BY b.Position)
                    FROM ArticleBlocks b LEFT JOIN Images i ON i.Id = b.ImageId WHERE b.ArticleId = a.Id)),
                'people', json((SELECT json_group_array(json_object(
                        'slug', p.Slug, 'name', p.Name, 'title', p.Title,
                        'role', CASE WHEN EXISTS (SELECT 1 FROM Quotes s WHERE s.ArticleId = a.Id AND s.SpeakerId = p.Id)
                            THEN 'quoted' ELSE 'mentioned' END) ORDER BY m.Position)
                    FROM ArticleMentions m JOIN People p ON p.Id = m.PersonId WHERE m.ArticleId = a.Id)),
                'quotes', json((SELECT json_group_array(json_object(
                        'id', q.Id, 'text', q.Text, 'isFragment', json(CASE WHEN q.IsFragment THEN 'true' ELSE 'false' END),
                        'blockPosition', qb.Position, 'offset', q.Offset,
                        'speaker', CASE WHEN sp.Id IS NULL THEN NULL ELSE json_object('slug', sp.Slug, 'name', sp.Name) END
                    ) ORDER BY q.Position)
                    FROM Quotes q JOIN ArticleBlocks qb ON qb.Id = q.BlockId LEFT JOIN People sp ON sp.Id = q.SpeakerId
                    WHERE q.ArticleId = a.Id)),
                'related', json((SELECT json_group_array(json_object('slug', r.Slug, 'headline', r.Headline)
                        ORDER BY c.Shared DESC, r.PublishedAt DESC)
                    FROM (SELECT ArticleId, count(*) AS Shared FROM (
                            SELECT t2.ArticleId FROM ArticleTags t1 JOIN ArticleTags t2 ON t2.Slug = t1.Slug
                            WHERE t1.ArticleId = a.Id AND t2.ArticleId <> a.Id
                            UNION ALL
                            SELECT m2.ArticleId FROM ArticleMentions m1 JOIN ArticleMentions m2 ON m2.PersonId = m1.PersonId
                            WHERE m1.ArticleId = a.Id AND m2.ArticleId <> a.Id)
                        GROUP BY ArticleId) c
                    CROSS JOIN Articles r ON r.Id = c.ArticleId -- CROSS keeps the few candidates outermost
                    WHERE r.Status = 'Published' AND r.PublishedAt <= $now
                    ORDER BY c.Shared DESC, r.PublishedAt DESC LIMIT 4)) -- related articles shown
            ) AS "Value"
            FROM Articles a
            WHERE a.Slug = $slug AND ($all OR (a.Status = 'Published' AND a.PublishedAt <= $now))
            """;
}
