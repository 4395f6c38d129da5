using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The kicker, the short label above a headline, on articles and their revisions. SQLite's own ADD COLUMN carries the
    /// length check, where a rebuild would drop the search triggers.
    /// </summary>
    public partial class ArticleKicker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Articles" ADD COLUMN "Kicker" TEXT NULL
                    CONSTRAINT "CK_Articles_Kicker_Length" CHECK (length("Kicker") <= 40);
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "ArticleRevisions" ADD COLUMN "Kicker" TEXT NULL
                    CONSTRAINT "CK_ArticleRevisions_Kicker_Length" CHECK (length("Kicker") <= 40);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The check is the column's own, so SQLite's DROP COLUMN takes both.
            migrationBuilder.Sql("""ALTER TABLE "ArticleRevisions" DROP COLUMN "Kicker";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN "Kicker";""");
        }
    }
}
