using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Each revision's quote sources and photos (see RevisionRecords). SQLite's own ADD COLUMN carries the length check,
    /// in the migration's transaction, where a rebuild of the table could not run in one.
    /// </summary>
    public partial class RevisionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ArticleRevisions" ADD COLUMN "Records" TEXT NULL
                    CONSTRAINT "CK_ArticleRevisions_Records_Length" CHECK (length("Records") <= 1000000);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The check is the column's own, so SQLite's DROP COLUMN takes both.
            migrationBuilder.Sql("""ALTER TABLE "ArticleRevisions" DROP COLUMN "Records";""");
        }
    }
}
