using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Full-text search over articles (SQLite FTS5). Triggers keep each article's row in step with its
    /// headline, standfirst, paragraphs and captions, quotes and people, inside the same transaction as the edit.
    /// </summary>
    public partial class ArticleSearchIndex : Migration
    {
        private static readonly string[] Triggers =
        [
            Trigger("Articles_Search_Insert", "AFTER INSERT ON Articles", "NEW.Id"),
            Trigger("Articles_Search_Update", "AFTER UPDATE OF Headline, Standfirst ON Articles", "NEW.Id"),
            """
            CREATE TRIGGER Articles_Search_Delete AFTER DELETE ON Articles BEGIN
                DELETE FROM ArticleSearch WHERE rowid = OLD.Id;
            END;
            """,
            Trigger("ArticleBlocks_Search_Insert", "AFTER INSERT ON ArticleBlocks", "NEW.ArticleId"),
            Trigger("ArticleBlocks_Search_Update", "AFTER UPDATE ON ArticleBlocks", "NEW.ArticleId"),
            Trigger("ArticleBlocks_Search_Delete", "AFTER DELETE ON ArticleBlocks", "OLD.ArticleId"),
            Trigger("Quotes_Search_Insert", "AFTER INSERT ON Quotes", "NEW.ArticleId"),
            Trigger("Quotes_Search_Update", "AFTER UPDATE OF Text ON Quotes", "NEW.ArticleId"),
            Trigger("Quotes_Search_Delete", "AFTER DELETE ON Quotes", "OLD.ArticleId"),
            Trigger("ArticleMentions_Search_Insert", "AFTER INSERT ON ArticleMentions", "NEW.ArticleId"),
            Trigger("ArticleMentions_Search_Delete", "AFTER DELETE ON ArticleMentions", "OLD.ArticleId"),
            TriggerForEach("People_Search_Update", "AFTER UPDATE OF Name ON People",
                "SELECT ArticleId FROM ArticleMentions WHERE PersonId = NEW.Id"),
            TriggerForEach("Images_Search_Update", "AFTER UPDATE OF Caption ON Images",
                "SELECT ArticleId FROM ArticleBlocks WHERE ImageId = NEW.Id"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    Headline, Standfirst, Body, Quotes, People,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            // Ranking: headline hits weigh most, then standfirst, people, quotes and body. Set as the table's
            // rank so that ORDER BY rank streams results in order without sorting every match.
            migrationBuilder.Sql("INSERT INTO ArticleSearch (ArticleSearch, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 2.0, 3.0)');");
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql(trigger);
            }
            migrationBuilder.Sql(Reindex("SELECT Id FROM Articles"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger.Split(' ', 4)[2]};");
            }
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");
        }

        private static string Trigger(string name, string when, string articleId) =>
            $"CREATE TRIGGER {name} {when} BEGIN {Reindex($"SELECT {articleId}")} END;";

        private static string TriggerForEach(string name, string when, string articleIds) =>
            $"CREATE TRIGGER {name} {when} BEGIN {Reindex(articleIds)} END;";

        /// <summary>
        /// Rewrites the search rows of the articles whose ids the query returns. Ordered subqueries rather than
        /// ORDER BY inside group_concat keep the schema readable by older sqlite3 tools.
        /// </summary>
        internal static string Reindex(string articleIds) => $"""
            DELETE FROM ArticleSearch WHERE rowid IN ({articleIds});
            INSERT INTO ArticleSearch (rowid, Headline, Standfirst, Body, Quotes, People)
            SELECT a.Id, a.Headline, coalesce(a.Standfirst, ''),
                coalesce((SELECT group_concat(t, char(10)) FROM (SELECT coalesce(b.Text, i.Caption) AS t
                    FROM ArticleBlocks b LEFT JOIN Images i ON i.Id = b.ImageId WHERE b.ArticleId = a.Id ORDER BY b.Position)), ''),
                coalesce((SELECT group_concat(t, char(10)) FROM (SELECT q.Text AS t
                    FROM Quotes q WHERE q.ArticleId = a.Id ORDER BY q.Position)), ''),
                coalesce((SELECT group_concat(t, char(10)) FROM (SELECT p.Name AS t
                    FROM ArticleMentions m JOIN People p ON p.Id = m.PersonId WHERE m.ArticleId = a.Id ORDER BY m.Position)), '')
            FROM Articles a WHERE a.Id IN ({articleIds});
            """;
    }
}
