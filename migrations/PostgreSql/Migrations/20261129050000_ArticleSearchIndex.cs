using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Full-text search over articles (PostgreSQL text search, English stemming). Each article has one row: its
    /// weighted document (headline A; standfirst and people B; quotes C; paragraphs and captions D) under a GIN
    /// index, and the body text that search snippets are cut from. Triggers keep the row in step with every edit,
    /// inside the edit's own transaction.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261129050000_ArticleSearchIndex")]
    public partial class ArticleSearchIndex : Migration
    {
        private static readonly (string Table, string Name, string Events, string ArticleIdColumn)[] Triggers =
        [
            ("Articles", "Articles_Search", "INSERT OR UPDATE OF \"Headline\", \"Standfirst\"", "Id"),
            ("ArticleBlocks", "ArticleBlocks_Search", "INSERT OR UPDATE OR DELETE", "ArticleId"),
            ("Quotes", "Quotes_Search", "INSERT OR UPDATE OF \"Text\" OR DELETE", "ArticleId"),
            ("ArticleMentions", "ArticleMentions_Search", "INSERT OR DELETE", "ArticleId"),
        ];

        /// <summary>The trigger function, as created here and as later migrations put it back.</summary>
        internal const string ReindexArticleOfRow = """
            FUNCTION portal_reindex_article_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changed jsonb;
            BEGIN
                IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
                PERFORM portal_reindex_article((changed ->> TG_ARGV[0])::integer);
                RETURN NULL;
            END $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearch" (
                    "ArticleId" integer PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL,
                    "Text" text NOT NULL);
                CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING GIN ("Document");
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION portal_reindex_article(article integer) RETURNS void LANGUAGE sql AS $$
                    DELETE FROM "ArticleSearch" WHERE "ArticleId" = article;
                    INSERT INTO "ArticleSearch" ("ArticleId", "Document", "Text")
                    SELECT a."Id",
                        setweight(to_tsvector('english', a."Headline"), 'A')
                        || setweight(to_tsvector('english', coalesce(a."Standfirst", '')), 'B')
                        || setweight(to_tsvector('english', people.text), 'B')
                        || setweight(to_tsvector('english', quotes.text), 'C')
                        || setweight(to_tsvector('english', body.text), 'D'),
                        body.text
                    FROM "Articles" a,
                        LATERAL (SELECT coalesce(string_agg(coalesce(b."Text", i."Caption"), E'\n' ORDER BY b."Position"), '') AS text
                            FROM "ArticleBlocks" b LEFT JOIN "Images" i ON i."Id" = b."ImageId" WHERE b."ArticleId" = a."Id") body,
                        LATERAL (SELECT coalesce(string_agg(q."Text", E'\n' ORDER BY q."Position"), '') AS text
                            FROM "Quotes" q WHERE q."ArticleId" = a."Id") quotes,
                        LATERAL (SELECT coalesce(string_agg(p."Name", E'\n' ORDER BY m."Position"), '') AS text
                            FROM "ArticleMentions" m JOIN "People" p ON p."Id" = m."PersonId" WHERE m."ArticleId" = a."Id") people
                    WHERE a."Id" = article;
                $$;
                """);
            // One trigger function for every table that holds part of an article: its first argument names the column
            // with the article's id.
            migrationBuilder.Sql($"CREATE {ReindexArticleOfRow}");
            foreach (var (table, name, events, column) in Triggers)
            {
                migrationBuilder.Sql(
                    $"""CREATE TRIGGER "{name}" AFTER {events} ON "{table}" FOR EACH ROW EXECUTE FUNCTION portal_reindex_article_of_row('{column}');""");
            }
            // A renamed person or a changed caption changes the index of every article that shows them.
            migrationBuilder.Sql("""
                CREATE FUNCTION portal_reindex_articles_showing() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'People' THEN
                        PERFORM portal_reindex_article(m."ArticleId") FROM "ArticleMentions" m WHERE m."PersonId" = NEW."Id";
                    ELSE
                        PERFORM portal_reindex_article(b."ArticleId") FROM "ArticleBlocks" b WHERE b."ImageId" = NEW."Id";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "People_Search" AFTER UPDATE OF "Name" ON "People" FOR EACH ROW EXECUTE FUNCTION portal_reindex_articles_showing();
                CREATE TRIGGER "Images_Search" AFTER UPDATE OF "Caption" ON "Images" FOR EACH ROW EXECUTE FUNCTION portal_reindex_articles_showing();
                """);
            migrationBuilder.Sql("""SELECT portal_reindex_article("Id") FROM "Articles";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "People_Search" ON "People";
                DROP TRIGGER "Images_Search" ON "Images";
                DROP FUNCTION portal_reindex_articles_showing();
                """);
            foreach (var (table, name, _, _) in Triggers)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{name}" ON "{table}";""");
            }
            migrationBuilder.Sql("""
                DROP FUNCTION portal_reindex_article_of_row();
                DROP FUNCTION portal_reindex_article(integer);
                DROP TABLE "ArticleSearch";
                """);
        }
    }
}
