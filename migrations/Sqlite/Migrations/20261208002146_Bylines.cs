using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The byline's names of each article, and of each revision's text. SQLite's own ADD COLUMN carries the revision
    /// column's length check, in the migration's transaction, where a rebuild of the table could not run in one.
    /// </summary>
    public partial class Bylines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ArticleRevisions" ADD COLUMN "Byline" TEXT NULL
                    CONSTRAINT "CK_ArticleRevisions_Byline_Length" CHECK (length("Byline") <= 1000);
                """);

            migrationBuilder.CreateTable(
                name: "ArticleBylines",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleBylines", x => new { x.ArticleId, x.Position });
                    table.CheckConstraint("CK_ArticleBylines_Name_Length", "length(\"Name\") <= 80");
                    table.CheckConstraint("CK_ArticleBylines_Slug_Length", "length(\"Slug\") <= 80");
                    table.ForeignKey(
                        name: "FK_ArticleBylines_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleBylines_Slug",
                table: "ArticleBylines",
                column: "Slug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleBylines");

            // The check is the column's own, so SQLite's DROP COLUMN takes both.
            migrationBuilder.Sql("""ALTER TABLE "ArticleRevisions" DROP COLUMN "Byline";""");
        }
    }
}
