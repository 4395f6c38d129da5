using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;

namespace Portal.Web.Search;

/// <summary>A search hit: the article and a snippet whose matched words sit between <see cref="SearchQueries.MarkStart"/> and <see cref="SearchQueries.MarkEnd"/>.</summary>
public sealed record SearchHit(string Slug, string Headline, DateTime? PublishedAt, string Snippet);

/// <summary>One page of hits, best first. There is no total: counting every match of a common word costs more than the page.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Items, int Page, bool HasNext);

/// <summary>
/// Full-text search over published articles, headlines, body, captions, quotes and people, best match first, with
/// each store's own engine: SQLite FTS5 ranked by BM25, or PostgreSQL text search ranked by ts_rank. Every
/// full-text statement Portal runs is here.
/// </summary>
public sealed class SearchQueries(PortalDbContext db, TimeProvider clock)
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public async Task<SearchResults> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (SearchTerms.From(text) is not { } terms)
        {
            return new([], page, false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var offset = (page - 1) * pageSize;
        var take = pageSize + 1;
        var postgres = db.Database.IsNpgsql();
        var hits = await db.Database.SqlQueryRaw<SearchHit>(postgres ? PostgresHits : SqliteHits,
            postgres ? terms.ToTsQuery() : terms.ToFts5(), now, take, offset).ToListAsync(cancellationToken);
        return new(hits.Take(pageSize).ToList(), page, hits.Count > pageSize);
    }

    /// <summary>
    /// One page of published hits on PostgreSQL: {0} the query, {1} the time, {2} the rows to take, {3} to skip. Only the
    /// page's rows get a headline: ts_headline re-reads the text, the costliest step.
    /// </summary>
    private static readonly string PostgresHits = $$"""
        SELECT a."Slug", a."Headline", a."PublishedAt",
            ts_headline('english', hit."Text", to_tsquery('english', {0}),
                'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MinWords=12, MaxWords=24') AS "Snippet"
        FROM (SELECT s."ArticleId", s."Text", ts_rank(s."Document", to_tsquery('english', {0})) AS "Rank"
            FROM "ArticleSearch" s JOIN "Articles" r ON r."Id" = s."ArticleId"
            WHERE s."Document" @@ to_tsquery('english', {0}) AND {{ArticleVisibility.Sql("r", "{1}")}}
            ORDER BY "Rank" DESC, s."ArticleId" DESC
            LIMIT {2} OFFSET {3}) hit
        JOIN "Articles" a ON a."Id" = hit."ArticleId"
        ORDER BY hit."Rank" DESC, hit."ArticleId" DESC
        """;

    /// <summary>
    /// The same on SQLite. The search table leads (CROSS JOIN keeps it outermost), so FTS5 streams hits in rank order
    /// and the snippet is made only for the rows of this page.
    /// </summary>
    private static readonly string SqliteHits = $$"""
        SELECT a.Slug, a.Headline, a.PublishedAt, snippet(ArticleSearch, -1, char(2), char(3), '…', 24) AS Snippet
        FROM ArticleSearch CROSS JOIN Articles a ON a.Id = ArticleSearch.rowid
        WHERE ArticleSearch MATCH {0} AND {{ArticleVisibility.Sql("a", "{1}")}}
        ORDER BY ArticleSearch.rank
        LIMIT {2} OFFSET {3}
        """;

    /// <summary>The ids of every article, whatever its status, that matches the terms.</summary>
    public static IQueryable<int> Matching(PortalDbContext db, SearchTerms terms) => db.Database.IsNpgsql()
        ? db.Database.SqlQuery<int>($"""SELECT "ArticleId" AS "Value" FROM "ArticleSearch" WHERE "Document" @@ to_tsquery('english', {terms.ToTsQuery()})""")
        : db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {terms.ToFts5()}");

    /// <summary>The matching articles with their rank, lower is better.</summary>
    public static IQueryable<RankedArticle> Ranked(PortalDbContext db, SearchTerms terms) => db.Database.IsNpgsql()
        ? db.Database.SqlQuery<RankedArticle>($"""
            SELECT "ArticleId" AS "Id", -ts_rank("Document", to_tsquery('english', {terms.ToTsQuery()}))::float8 AS "Rank"
            FROM "ArticleSearch" WHERE "Document" @@ to_tsquery('english', {terms.ToTsQuery()})
            """)
        : db.Database.SqlQuery<RankedArticle>($"SELECT rowid AS Id, rank AS Rank FROM ArticleSearch WHERE ArticleSearch MATCH {terms.ToFts5()}");
}

/// <summary>An article's id and its full-text rank (lower is better).</summary>
public sealed record RankedArticle(int Id, double Rank);
