using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Articles;

/// <summary>
/// A new article's new photos and people, paragraphs, quotes and mentions, written with one statement for each table
/// instead of one per row: EF sends SQLite a command per row, about 0.2 ms each, which made an import of a story with
/// 6,666 quoted paragraphs, 2,500 captioned photos or 1,500 new people take seconds (the statements are in
/// <see cref="NewArticleSql"/>). Afterwards the rows have their ids and hang on the article again, but untracked:
/// tracking thousands of rows cost EF more than writing them, and the caller is done.
/// </summary>
public sealed class NewArticleBody
{
    private readonly List<ArticleBlock> _blocks;
    private readonly List<Quote> _quotes;
    private readonly List<ArticleMention> _mentions;
    private readonly List<Image> _newImages;
    private readonly List<Person> _newPeople;

    /// <summary>
    /// Takes the blocks, quotes and mentions off the article, and its new photos and people out of EF's hands, so that
    /// saving it writes everything else (the agencies a new photo credits among it).
    /// </summary>
    public NewArticleBody(PortalDbContext db, Article article)
    {
        (_blocks, _quotes, _mentions) = (article.Blocks, article.Quotes, article.Mentions);
        (article.Blocks, article.Quotes, article.Mentions) = ([], [], []);
        _newImages = _blocks.Select(b => b.Image).OfType<Image>().Where(i => db.Entry(i).State == EntityState.Detached).ToList();
        _newPeople = _mentions.Select(m => m.Person).Where(p => db.Entry(p).State == EntityState.Added).ToList();
        foreach (var person in _newPeople)
        {
            db.Entry(person).State = EntityState.Detached;
            foreach (var alias in person.Aliases)
            {
                db.Entry(alias).State = EntityState.Detached;
            }
        }
    }

    public IReadOnlyList<ArticleBlock> Blocks => _blocks;

    public IReadOnlyList<Quote> Quotes => _quotes;

    /// <summary>Writes the photos, people, blocks, quotes and mentions of the article, saved already, in the caller's transaction.</summary>
    public async Task WriteAsync(PortalDbContext db, Article article, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        await WriteNewImagesAsync(db, postgres, cancellationToken);
        await WriteNewPeopleAsync(db, postgres, cancellationToken);
        var blockIds = await InsertAsync(db, postgres ? NewArticleSql.PostgresBlocks : NewArticleSql.SqliteBlocks, article.Id,
            _blocks.Select(b => new { p = b.Position, k = b.Kind.ToString(), t = b.Text, i = b.Image?.Id }), cancellationToken);
        foreach (var block in _blocks)
        {
            (block.Id, block.ArticleId) = (blockIds[block.Position], article.Id);
        }
        var quoteIds = await InsertAsync(db, postgres ? NewArticleSql.PostgresQuotes : NewArticleSql.SqliteQuotes, article.Id, _quotes.Select(q => new
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
        await InsertAsync(db, postgres ? NewArticleSql.PostgresMentions : NewArticleSql.SqliteMentions, article.Id,
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
        await TakeIdsAsync(db, postgres, "Images", _newImages, (image, id) =>
        {
            (image.Id, image.Version) = (id, 1);
            foreach (var credit in image.Credits)
            {
                (credit.ImageId, credit.AgencyId) = (id, credit.Agency.Id);
            }
        }, cancellationToken);
        await InsertAsync(db, postgres ? NewArticleSql.PostgresImages : NewArticleSql.SqliteImages, null,
            _newImages.Select(i => new { d = i.Id, c = i.Caption, a = i.AltText, f = i.FileName }), cancellationToken);
        await InsertAsync(db, postgres ? NewArticleSql.PostgresCredits : NewArticleSql.SqliteCredits, null,
            _newImages.SelectMany(i => i.Credits).Select(c => new { d = c.ImageId, p = c.Position, a = c.AgencyId }), cancellationToken);
    }

    /// <summary>The people the story introduces and their aliases, with ids taken first as for photos.</summary>
    private async Task WriteNewPeopleAsync(PortalDbContext db, bool postgres, CancellationToken cancellationToken)
    {
        if (_newPeople.Count == 0)
        {
            return;
        }
        await TakeIdsAsync(db, postgres, "People", _newPeople, (person, id) => (person.Id, person.Version) = (id, 1), cancellationToken);
        await InsertAsync(db, postgres ? NewArticleSql.PostgresPeople : NewArticleSql.SqlitePeople, null, _newPeople.Select(p => new
        {
            d = p.Id, s = p.Slug, n = p.Name, t = p.Title, o = p.Organisation, e = p.Description,
        }), cancellationToken);
        await InsertAsync(db, postgres ? NewArticleSql.PostgresAliases : NewArticleSql.SqliteAliases, null,
            _newPeople.SelectMany(p => p.Aliases.Select(a => new { p = p.Id, t = a.Text })), cancellationToken);
    }

    /// <summary>Gives each new row of a table its id before the insert, which then writes the ids with the rows.</summary>
    private static async Task TakeIdsAsync<T>(PortalDbContext db, bool postgres, string table, List<T> rows, Action<T, int> give,
        CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQueryRaw<int>(NewArticleSql.NextIds(postgres, table), rows.Count).ToListAsync(cancellationToken);
        foreach (var (row, id) in rows.Zip(ids))
        {
            give(row, id);
        }
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
}
