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
/// A new article's new photos, paragraphs and quotes, written with one statement for each table instead of one per
/// row: EF sends SQLite a command per row, about 0.2 ms each, which made an import of a story with 6,666 quoted
/// paragraphs or 2,500 captioned photos take seconds. The rows travel as one JSON parameter (SQLite's
/// <c>json_each</c>, PostgreSQL's <c>json_to_recordset</c>). Afterwards they have their ids and hang on the article
/// again, but untracked: tracking thousands of rows cost EF more than writing them, and the caller is done.
/// </summary>
public sealed class NewArticleBody
{
    private readonly List<ArticleBlock> _blocks;
    private readonly List<Quote> _quotes;
    private readonly List<ArticleMention> _mentions;
    private readonly List<Image> _newImages;

    /// <summary>
    /// Takes the blocks, quotes and mentions off the article, and its new photos out of EF's hands, so that saving it
    /// writes everything else (the people it mentions and the agencies a new photo credits among it).
    /// </summary>
    public NewArticleBody(PortalDbContext db, Article article)
    {
        (_blocks, _quotes, _mentions) = (article.Blocks, article.Quotes, article.Mentions);
        (article.Blocks, article.Quotes, article.Mentions) = ([], [], []);
        _newImages = _blocks.Select(b => b.Image).OfType<Image>().Where(i => db.Entry(i).State == EntityState.Detached).ToList();
    }

    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    /// <summary>Writes the photos, blocks, quotes and mentions of the article, saved already, in the caller's transaction.</summary>
    public async Task WriteAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        await WriteNewImagesAsync(db, postgres, cancellationToken);
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
        foreach (var mention in _mentions)
        {
            (mention.ArticleId, mention.PersonId) = (article.Id, mention.Person.Id);
        }
        await InsertAsync(db, postgres ? PostgresMentions : SqliteMentions, article.Id,
            _mentions.Select(m => new { s = m.PersonId, p = m.Position }), cancellationToken);
        (article.Blocks, article.Quotes, article.Mentions) = (_blocks, _quotes, _mentions);
    }

    /// <summary>
    /// The new photos and their credits. A multi-row insert answers its ids in no promised order and a photo has no
    /// column of its own to tell them apart, so the ids are taken first and written with the rows.
    /// </summary>
    private async Task WriteNewImagesAsync(PortalDbContext db, bool postgres, CancellationToken cancellationToken)
    {
        if (_newImages.Count == 0)
        {
            return;
        }
        var ids = await db.Database.SqlQueryRaw<int>(postgres ? PostgresImageIds : SqliteImageIds, _newImages.Count)
            .ToListAsync(cancellationToken);
        foreach (var (image, id) in _newImages.Zip(ids))
        {
            (image.Id, image.Version) = (id, 1);
            foreach (var credit in image.Credits)
            {
                (credit.ImageId, credit.AgencyId) = (id, credit.Agency.Id);
            }
        }
        await InsertAsync(db, postgres ? PostgresImages : SqliteImages, null,
            _newImages.Select(i => new { d = i.Id, c = i.Caption, a = i.AltText, f = i.FileName }), cancellationToken);
        await InsertAsync(db, postgres ? PostgresCredits : SqliteCredits, null,
            _newImages.SelectMany(i => i.Credits).Select(c => new { d = c.ImageId, p = c.Position, a = c.AgencyId }), cancellationToken);
    }

    /// <summary>Runs one insert of rows given as JSON and answers the new ids by position.</summary>
    private static async Task<Dictionary<int, int>> InsertAsync(PortalDbContext db, string sql, int? articleId, IEnumerable<object> rows,
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
        if (articleId is { } id)
        {
            Add(command, "article", id);
        }
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

    /// <summary>The next free ids: the writer holds SQLite's write lock by now, so no other writer can take them meanwhile.</summary>
    private const string SqliteImageIds = """
        WITH RECURSIVE next("Value") AS (
            SELECT max(coalesce((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'Images'), 0),
                coalesce((SELECT max("Id") FROM "Images"), 0)) + 1
            UNION ALL SELECT "Value" + 1 FROM next LIMIT {0})
        SELECT "Value" FROM next
        """;

    private const string PostgresImageIds = """
        SELECT nextval(pg_get_serial_sequence('"Images"', 'Id'))::integer AS "Value" FROM generate_series(1, {0})
        """;

    private const string SqliteImages = """
        INSERT INTO "Images" ("Id", "Caption", "AltText", "FileName", "Version")
        SELECT json_extract(value, '$.d'), json_extract(value, '$.c'), json_extract(value, '$.a'), json_extract(value, '$.f'), 1
        FROM json_each(@rows)
        """;

    private const string PostgresImages = """
        INSERT INTO "Images" ("Id", "Caption", "AltText", "FileName", "Version")
        SELECT r.d, r.c, r.a, r.f, 1 FROM json_to_recordset(@rows::json) AS r(d integer, c text, a text, f text)
        """;

    private const string SqliteCredits = """
        INSERT INTO "ImageCredits" ("ImageId", "Position", "AgencyId")
        SELECT json_extract(value, '$.d'), json_extract(value, '$.p'), json_extract(value, '$.a') FROM json_each(@rows)
        """;

    private const string PostgresCredits = """
        INSERT INTO "ImageCredits" ("ImageId", "Position", "AgencyId")
        SELECT r.d, r.p, r.a FROM json_to_recordset(@rows::json) AS r(d integer, p integer, a integer)
        """;

    private const string SqliteMentions = """
        INSERT INTO "ArticleMentions" ("ArticleId", "PersonId", "Position")
        SELECT @article, json_extract(value, '$.s'), json_extract(value, '$.p') FROM json_each(@rows)
        """;

    private const string PostgresMentions = """
        INSERT INTO "ArticleMentions" ("ArticleId", "PersonId", "Position")
        SELECT @article, r.s, r.p FROM json_to_recordset(@rows::json) AS r(s integer, p integer)
        """;

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
