using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Bylines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Byline",
                table: "ArticleRevisions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleBylines",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
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

            migrationBuilder.AddCheckConstraint(
                name: "CK_ArticleRevisions_Byline_Length",
                table: "ArticleRevisions",
                sql: "length(\"Byline\") <= 1000");

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

            migrationBuilder.DropCheckConstraint(
                name: "CK_ArticleRevisions_Byline_Length",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "Byline",
                table: "ArticleRevisions");
        }
    }
}
