using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Rewrites an article's search row once per save instead of once per row written. While a save holds
    /// <c>ArticleSearchHold</c> (a row it inserts and deletes inside its own transaction, so no other transaction
    /// ever sees it, and without a key, so concurrent saves never wait on each other), the row triggers only note
    /// the article in <c>ArticleSearchPending</c>; deleting the hold rewrites each noted article once.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261201220000_SearchIndexOncePerSave")]
    public partial class SearchIndexOncePerSave : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearchHold" ("At" timestamp with time zone NOT NULL DEFAULT now());
                CREATE TABLE "ArticleSearchPending" ("ArticleId" integer PRIMARY KEY);
                CREATE OR REPLACE FUNCTION portal_reindex_article_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE changed jsonb;
                BEGIN
                    IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
                    IF EXISTS (SELECT 1 FROM "ArticleSearchHold") THEN
                        INSERT INTO "ArticleSearchPending" VALUES ((changed ->> TG_ARGV[0])::integer) ON CONFLICT DO NOTHING;
                    ELSE
                        PERFORM portal_reindex_article((changed ->> TG_ARGV[0])::integer);
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION portal_release_search_hold() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM portal_reindex_article("ArticleId") FROM "ArticleSearchPending";
                    DELETE FROM "ArticleSearchPending";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ArticleSearchHold_Release" AFTER DELETE ON "ArticleSearchHold"
                    FOR EACH ROW EXECUTE FUNCTION portal_release_search_hold();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "ArticleSearchHold_Release" ON "ArticleSearchHold";
                DROP FUNCTION portal_release_search_hold();
                """);
            migrationBuilder.Sql($"CREATE OR REPLACE {ArticleSearchIndex.ReindexArticleOfRow}");
            migrationBuilder.Sql("""
                DROP TABLE "ArticleSearchPending";
                DROP TABLE "ArticleSearchHold";
                """);
        }
    }
}
