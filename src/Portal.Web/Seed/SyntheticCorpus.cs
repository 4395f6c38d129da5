using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Web.Seed;

/// <summary>
/// Fills the store with published synthetic articles for benchmarks (the "generate-corpus N" command):
/// paragraphs of made-up words, tags, sections, quotes and mentions of generated people. Deterministic,
/// so two runs of the same size give the same corpus.
/// </summary>
public static class SyntheticCorpus
{
    private const int Paragraphs = 5;
    private const int WordsPerParagraph = 60;
    private const int BatchSize = 2_000;
    private static readonly string[] Sections = ["World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Technology"];

    public static async Task GenerateAsync(IServiceProvider services, int count, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SyntheticCorpus));
        var random = new Random(20180531);
        var words = Vocabulary(random);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var next = new Ids(connection);
        var people = await CreatePeopleAsync(connection, next, words, random);
        var published = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        for (var done = 0; done < count; done += BatchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            // Children go in before their article, so the search triggers index each article once, on its own insert.
            await Execute(connection, "PRAGMA defer_foreign_keys = ON");
            for (var i = done; i < Math.Min(count, done + BatchSize); i++)
            {
                var articleId = next.Article++;
                var blockIds = new List<long>();
                for (var p = 0; p < Paragraphs; p++)
                {
                    var blockId = next.Block++;
                    blockIds.Add(blockId);
                    await Execute(connection, "INSERT INTO ArticleBlocks (Id, ArticleId, Position, Kind, Text) VALUES ($id, $article, $position, 'Paragraph', $text)",
                        ("$id", blockId), ("$article", articleId), ("$position", p), ("$text", Sentence(words, random, WordsPerParagraph)));
                }
                var speaker = people[random.Next(people.Count)];
                await Execute(connection, "INSERT INTO Quotes (Id, Text, ArticleId, BlockId, Offset, Position, IsFragment, SpeakerId, Version) VALUES ($id, $text, $article, $block, 0, 0, 0, $speaker, 1)",
                    ("$id", next.Quote++), ("$text", Sentence(words, random, 12)), ("$article", articleId), ("$block", blockIds[1]), ("$speaker", speaker));
                await Execute(connection, "INSERT INTO ArticleMentions (ArticleId, PersonId, Position) VALUES ($article, $person, 0)",
                    ("$article", articleId), ("$person", speaker));
                foreach (var tag in new[] { random.Next(300), 300 + random.Next(300) })
                {
                    await Execute(connection, "INSERT INTO ArticleTags (ArticleId, Slug, Name) VALUES ($article, $slug, $name)",
                        ("$article", articleId), ("$slug", $"topic-{tag}"), ("$name", $"Topic {tag}"));
                }
                var when = published.AddMinutes(i * 7);
                await Execute(connection,
                    "INSERT INTO Articles (Id, Slug, Headline, Standfirst, Dateline, Section, Status, PublishedAt, CreatedAt, UpdatedAt, Version) " +
                    "VALUES ($id, $slug, $headline, $standfirst, 'Synthetic', $section, 'Published', $when, $when, $when, 1)",
                    ("$id", articleId), ("$slug", $"synthetic-{articleId}"), ("$headline", Capitalise(Sentence(words, random, 8))),
                    ("$standfirst", Sentence(words, random, 20)), ("$section", Sections[random.Next(Sections.Length)]), ("$when", when));
            }
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Generated {Done} of {Count} synthetic articles", Math.Min(count, done + BatchSize), count);
        }
    }

    private static async Task<List<long>> CreatePeopleAsync(SqliteConnection connection, Ids next, string[] words, Random random)
    {
        var people = new List<long>();
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < 1_000; i++)
        {
            var id = next.Person++;
            var name = $"{Capitalise(words[random.Next(words.Length)])} {Capitalise(words[random.Next(words.Length)])}";
            await Execute(connection, "INSERT INTO People (Id, Slug, Name, Title, Version) VALUES ($id, $slug, $name, 'Spokesperson', 1)",
                ("$id", id), ("$slug", $"synthetic-person-{id}"), ("$name", name));
            people.Add(id);
        }
        await transaction.CommitAsync();
        return people;
    }

    /// <summary>Pronounceable made-up words, a few real ones among them, with a long tail of rare words.</summary>
    private static string[] Vocabulary(Random random)
    {
        string[] syllables = ["ka", "lo", "mi", "ren", "sto", "va", "di", "qua", "ne", "tor", "bel", "an", "si", "mu", "pe", "gra"];
        var words = new HashSet<string>(["summit", "talks", "minister", "election", "market", "storm", "court", "climate", "vaccine", "league"]);
        while (words.Count < 20_000)
        {
            words.Add(string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)])));
        }
        return [.. words];
    }

    // Zipf-like choice: the first words are common, the rest increasingly rare.
    private static string Sentence(string[] words, Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words[(int)(Math.Pow(random.NextDouble(), 3) * words.Length)])) + ".";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static async Task Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The next free id of each table the corpus writes.</summary>
    private sealed class Ids(SqliteConnection connection)
    {
        public long Article = NextId(connection, "Articles");
        public long Block = NextId(connection, "ArticleBlocks");
        public long Quote = NextId(connection, "Quotes");
        public long Person = NextId(connection, "People");

        private static long NextId(SqliteConnection connection, string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT coalesce(max(Id), 0) + 1 FROM {table}";
            return (long)command.ExecuteScalar()!;
        }
    }
}
