using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Rewrites an article's search row once per save instead of once per row written. While a save holds
    /// <c>ArticleSearchHold</c> (a row it inserts and deletes inside its own transaction), the row triggers only
    /// note the article in <c>ArticleSearchPending</c>; deleting the hold rewrites each noted article once. Without
    /// a hold every trigger rewrites at once, as before, so every other write stays in step by itself.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261201220000_SearchIndexOncePerSave")]
    public partial class SearchIndexOncePerSave : Migration
    {
        private const string Held = "EXISTS (SELECT 1 FROM ArticleSearchHold)";

        private static readonly (string Name, string When, string ArticleId)[] RowTriggers =
        [
            ("Articles_Search_Insert", "AFTER INSERT ON Articles", "NEW.Id"),
            ("Articles_Search_Update", "AFTER UPDATE OF Headline, Standfirst ON Articles", "NEW.Id"),
            ("ArticleBlocks_Search_Insert", "AFTER INSERT ON ArticleBlocks", "NEW.ArticleId"),
            ("ArticleBlocks_Search_Update", "AFTER UPDATE ON ArticleBlocks", "NEW.ArticleId"),
            ("ArticleBlocks_Search_Delete", "AFTER DELETE ON ArticleBlocks", "OLD.ArticleId"),
            ("Quotes_Search_Insert", "AFTER INSERT ON Quotes", "NEW.ArticleId"),
            ("Quotes_Search_Update", "AFTER UPDATE OF Text ON Quotes", "NEW.ArticleId"),
            ("Quotes_Search_Delete", "AFTER DELETE ON Quotes", "OLD.ArticleId"),
            ("ArticleMentions_Search_Insert", "AFTER INSERT ON ArticleMentions", "NEW.ArticleId"),
            ("ArticleMentions_Search_Delete", "AFTER DELETE ON ArticleMentions", "OLD.ArticleId"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE ArticleSearchHold (At TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                CREATE TABLE ArticleSearchPending (ArticleId INTEGER PRIMARY KEY);
                """);
            foreach (var (name, when, articleId) in RowTriggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER {name};");
                migrationBuilder.Sql($"CREATE TRIGGER {name} {when} WHEN NOT {Held} BEGIN {ArticleSearchIndex.Reindex($"SELECT {articleId}")} END;");
                migrationBuilder.Sql($"CREATE TRIGGER {name}_Held {when} WHEN {Held} BEGIN INSERT OR IGNORE INTO ArticleSearchPending VALUES ({articleId}); END;");
            }
            migrationBuilder.Sql($"""
                CREATE TRIGGER ArticleSearchHold_Release AFTER DELETE ON ArticleSearchHold BEGIN
                    {ArticleSearchIndex.Reindex("SELECT ArticleId FROM ArticleSearchPending")}
                    DELETE FROM ArticleSearchPending;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ArticleSearchHold_Release;");
            foreach (var (name, when, articleId) in RowTriggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER {name}_Held;");
                migrationBuilder.Sql($"DROP TRIGGER {name};");
                migrationBuilder.Sql($"CREATE TRIGGER {name} {when} BEGIN {ArticleSearchIndex.Reindex($"SELECT {articleId}")} END;");
            }
            migrationBuilder.Sql("DROP TABLE ArticleSearchPending; DROP TABLE ArticleSearchHold;");
        }
    }
}
