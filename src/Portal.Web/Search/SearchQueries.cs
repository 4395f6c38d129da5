using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Web.Search;

/// <summary>A search hit: the article and a snippet whose matched words sit between <see cref="SearchQueries.MarkStart"/> and <see cref="SearchQueries.MarkEnd"/>.</summary>
public sealed record SearchHit(string Slug, string Headline, DateTime? PublishedAt, string Snippet);

/// <summary>One page of hits, best first. There is no total: counting every match of a common word costs more than the page.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Items, int Page, bool HasNext);

/// <summary>Full-text search over published articles with SQLite FTS5: headlines, body, captions, quotes and people, ranked by BM25.</summary>
public sealed class SearchQueries(PortalDbContext db, TimeProvider clock)
{
    public const int MaxQueryLength = 200;
    private const int MinPrefixLength = 4;
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public async Task<SearchResults> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var match = ToMatchExpression(text);
        if (match is null)
        {
            return new([], page, false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var offset = (page - 1) * pageSize;
        var take = pageSize + 1;
        // The search table leads (CROSS JOIN keeps it outermost), so FTS5 streams hits in rank order and
        // the snippet is made only for the rows of this page.
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            SELECT a.Slug, a.Headline, a.PublishedAt, snippet(ArticleSearch, -1, char(2), char(3), '…', 24) AS Snippet
            FROM ArticleSearch CROSS JOIN Articles a ON a.Id = ArticleSearch.rowid
            WHERE ArticleSearch MATCH {match} AND a.Status = 'Published' AND a.PublishedAt <= {now}
            ORDER BY ArticleSearch.rank
            LIMIT {take} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        return new(hits.Take(pageSize).ToList(), page, hits.Count > pageSize);
    }

    /// <summary>
    /// Reader's words become an FTS5 query of quoted terms, all required, so that no operator or punctuation
    /// a reader types can change the query's meaning or break it. A last word of four letters or more also
    /// matches as a prefix ("denucl"); shorter prefixes would match much of the vocabulary.
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
        if (words[Math.Min(words.Count, 12) - 1].Length >= MinPrefixLength)
        {
            terms[^1] += "*";
        }
        return string.Join(' ', terms);
    }
}
