using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Articles;

namespace Portal.Web.Search;

/// <summary>A search hit: the article and a snippet whose matched words sit between <see cref="SearchQueries.MarkStart"/> and <see cref="SearchQueries.MarkEnd"/>.</summary>
public sealed record SearchHit(string Slug, string Headline, DateTime? PublishedAt, string Snippet);

/// <summary>Full-text search over published articles with SQLite FTS5: headlines, body, captions, quotes and people, ranked by BM25.</summary>
public sealed class SearchQueries(PortalDbContext db, TimeProvider clock)
{
    public const int MaxQueryLength = 200;
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public async Task<PageOf<SearchHit>> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var match = ToMatchExpression(text);
        if (match is null)
        {
            return new([], page, pageSize, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var offset = (page - 1) * pageSize;
        // Headline hits weigh most, then standfirst, people, quotes and body.
        var hits = await db.Database.SqlQuery<SearchRow>($"""
            SELECT a.Slug, a.Headline, a.PublishedAt,
                snippet(ArticleSearch, -1, char(2), char(3), '…', 24) AS Snippet
            FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
            WHERE ArticleSearch MATCH {match} AND a.Status = 'Published' AND a.PublishedAt <= {now}
            ORDER BY bm25(ArticleSearch, 10.0, 5.0, 1.0, 2.0, 3.0), a.PublishedAt DESC
            LIMIT {pageSize} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        // A short first page is the whole result; otherwise count the matches.
        var total = page == 1 && hits.Count < pageSize ? hits.Count : await CountAsync(match, now, cancellationToken);
        return new(hits.Select(h => new SearchHit(h.Slug, h.Headline, h.PublishedAt, h.Snippet)).ToList(), page, pageSize, total);
    }

    private Task<int> CountAsync(string match, DateTime now, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM ArticleSearch s JOIN Articles a ON a.Id = s.rowid
            WHERE ArticleSearch MATCH {match} AND a.Status = 'Published' AND a.PublishedAt <= {now}
            """).SingleAsync(cancellationToken);

    /// <summary>
    /// Reader's words become an FTS5 query of quoted terms, all required, the last one also as a prefix,
    /// so that no operator or punctuation a reader types can change the query's meaning or break it.
    /// </summary>
    public static string? ToMatchExpression(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "").AsSpan(0, Math.Min(text?.Length ?? 0, MaxQueryLength)))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        if (words.Count == 0)
        {
            return null;
        }
        var terms = words.Take(12).Select(w => $"\"{w}\"").ToList();
        terms[^1] += "*";
        return string.Join(' ', terms);
    }

    private sealed record SearchRow(string Slug, string Headline, DateTime? PublishedAt, string Snippet);
}
