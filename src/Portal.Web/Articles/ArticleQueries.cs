using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;

namespace Portal.Web.Articles;

public sealed record ArticleSummary(string Slug, string Headline, string? Standfirst, string? Dateline, string? Section, DateTime? PublishedAt, DateTime UpdatedAt);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The reads behind both the reader's pages and the API.</summary>
public sealed class ArticleQueries(PortalDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PageOf<ArticleSummary>> PublishedAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        var total = await published.CountAsync(cancellationToken);
        var items = await published
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new ArticleSummary(a.Slug, a.Headline, a.Standfirst, a.Dateline, a.Section, a.PublishedAt, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    /// <summary>
    /// A published article with everything it shows, in one statement: SQLite assembles the nested
    /// document with its JSON functions, so there is one round trip and no row explosion from joining
    /// blocks, quotes, people and credits side by side.
    /// </summary>
    public async Task<ArticleDetail?> PublishedBySlugAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var json = await db.Database.SqlQuery<string>($"""
            SELECT json_object(
                'slug', a.Slug, 'headline', a.Headline, 'standfirst', a.Standfirst, 'dateline', a.Dateline,
                'section', a.Section, 'status', lower(a.Status),
                'publishedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.PublishedAt),
                'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.UpdatedAt),
                'tags', json((SELECT json_group_array(json_object('name', t.Name, 'slug', t.Slug) ORDER BY t.Name)
                    FROM ArticleTags t WHERE t.ArticleId = a.Id)),
                'blocks', json((SELECT json_group_array(json_object(
                        'position', b.Position, 'type', lower(b.Kind), 'text', b.Text,
                        'image', CASE WHEN i.Id IS NULL THEN NULL ELSE json_object(
                            'id', i.Id, 'caption', i.Caption, 'altText', i.AltText, 'url', NULL,
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
                    WHERE q.ArticleId = a.Id))
            ) AS "Value"
            FROM Articles a
            WHERE a.Slug = {slug} AND a.Status = 'Published' AND a.PublishedAt <= {now}
            """).ToListAsync(cancellationToken);
        return json is [var document] ? JsonSerializer.Deserialize<ArticleDetail>(document, Json) : null;
    }
}
