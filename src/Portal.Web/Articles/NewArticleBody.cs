using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Quotes;

namespace Portal.Web.Articles;

/// <summary>
/// A new article's paragraphs and quotes, written with one statement for each table instead of one per row: EF
/// sends SQLite a command per row, about 0.2 ms each, which made an import of a story with 6,666 quoted paragraphs
/// take seconds. The rows travel as one JSON parameter (SQLite's <c>json_each</c>, PostgreSQL's <c>json_to_recordset</c>);
/// afterwards the blocks and quotes are tracked as saved, with their ids, as if EF had written them.
/// </summary>
public sealed class NewArticleBody
{
    private readonly List<ArticleBlock> _blocks;
    private readonly List<Quote> _quotes;

    /// <summary>Takes the blocks and quotes off the article, so that saving it writes everything else; photos written out stay to be saved.</summary>
    public NewArticleBody(PortalDbContext db, Article article)
    {
        (_blocks, _quotes) = (article.Blocks, article.Quotes);
        (article.Blocks, article.Quotes) = ([], []);
        foreach (var image in _blocks.Select(b => b.Image).OfType<Image>().Where(i => db.Entry(i).State == EntityState.Detached))
        {
            db.Images.Add(image);
        }
    }

    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    /// <summary>Writes the blocks and quotes of the article, saved already, in the caller's transaction; then tracks them.</summary>
    public async Task WriteAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        var blockIds = await InsertAsync(db, postgres ? PostgresBlocks : SqliteBlocks, article.Id,
            _blocks.Select(b => new { p = b.Position, k = b.Kind.ToString(), t = b.Text, i = b.Image?.Id }), cancellationToken);
        foreach (var block in _blocks)
        {
            (block.Id, block.ArticleId) = (blockIds[block.Position], article.Id);
        }
        var quoteIds = await InsertAsync(db, postgres ? PostgresQuotes : SqliteQuotes, article.Id, _quotes.Select(q => new
        {
            b = q.Block.Id, o = q.Offset, p = q.Position, t = q.Text, f = q.IsFragment,
            s = q.Speaker?.Id, g = q.Organisation?.Id, u = q.UnnamedSource, n = q.IsNotSpeech, r = q.Proposal, c = q.ProposalConfidence,
        }), cancellationToken);
        foreach (var quote in _quotes)
        {
            (quote.Id, quote.ArticleId, quote.BlockId, quote.Version) = (quoteIds[quote.Position], article.Id, quote.Block.Id, 1);
            (quote.SpeakerId, quote.OrganisationId) = (quote.Speaker?.Id, quote.Organisation?.Id);
        }
        (article.Blocks, article.Quotes) = (_blocks, _quotes);
        foreach (var block in _blocks)
        {
            db.Entry(block).State = EntityState.Unchanged;
        }
        foreach (var quote in _quotes)
        {
            db.Entry(quote).State = EntityState.Unchanged;
        }
    }

    /// <summary>Runs one insert of rows given as JSON and answers the new ids by position.</summary>
    private static async Task<Dictionary<int, int>> InsertAsync(PortalDbContext db, string sql, int articleId, IEnumerable<object> rows,
        CancellationToken cancellationToken)
    {
        var ids = new Dictionary<int, int>();
        var json = JsonSerializer.Serialize(rows);
        if (json == "[]")
        {
            return ids;
        }
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "article", articleId);
        Add(command, "rows", json);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetInt32(1)] = reader.GetInt32(0);
        }
        return ids;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }

    private const string SqliteBlocks = """
        INSERT INTO "ArticleBlocks" ("ArticleId", "Position", "Kind", "Text", "ImageId")
        SELECT @article, json_extract(value, '$.p'), json_extract(value, '$.k'), json_extract(value, '$.t'), json_extract(value, '$.i')
        FROM json_each(@rows)
        RETURNING "Id", "Position"
        """;

    private const string PostgresBlocks = """
        INSERT INTO "ArticleBlocks" ("ArticleId", "Position", "Kind", "Text", "ImageId")
        SELECT @article, r.p, r.k, r.t, r.i FROM json_to_recordset(@rows::json) AS r(p integer, k text, t text, i integer)
        RETURNING "Id", "Position"
        """;

    private const string SqliteQuotes = """
        INSERT INTO "Quotes" ("ArticleId", "BlockId", "Offset", "Position", "Text", "IsFragment", "SpeakerId", "OrganisationId",
            "UnnamedSource", "IsNotSpeech", "Proposal", "ProposalConfidence", "Version")
        SELECT @article, json_extract(value, '$.b'), json_extract(value, '$.o'), json_extract(value, '$.p'), json_extract(value, '$.t'),
            json_extract(value, '$.f'), json_extract(value, '$.s'), json_extract(value, '$.g'), json_extract(value, '$.u'),
            json_extract(value, '$.n'), json_extract(value, '$.r'), json_extract(value, '$.c'), 1
        FROM json_each(@rows)
        RETURNING "Id", "Position"
        """;

    private const string PostgresQuotes = """
        INSERT INTO "Quotes" ("ArticleId", "BlockId", "Offset", "Position", "Text", "IsFragment", "SpeakerId", "OrganisationId",
            "UnnamedSource", "IsNotSpeech", "Proposal", "ProposalConfidence", "Version")
        SELECT @article, r.b, r.o, r.p, r.t, r.f, r.s, r.g, r.u, r.n, r.r, r.c, 1
        FROM json_to_recordset(@rows::json) AS r(b integer, o integer, p integer, t text, f boolean, s integer, g integer, u text,
            n boolean, r text, c double precision)
        RETURNING "Id", "Position"
        """;
}
