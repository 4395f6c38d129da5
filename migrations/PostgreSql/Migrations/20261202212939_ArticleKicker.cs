using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ArticleKicker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kicker",
                table: "Articles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kicker",
                table: "ArticleRevisions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Articles_Kicker_Length",
                table: "Articles",
                sql: "length(\"Kicker\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ArticleRevisions_Kicker_Length",
                table: "ArticleRevisions",
                sql: "length(\"Kicker\") <= 40");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Articles_Kicker_Length",
                table: "Articles");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ArticleRevisions_Kicker_Length",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "Kicker",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Kicker",
                table: "ArticleRevisions");
        }
    }
}
