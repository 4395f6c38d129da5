using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevisionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Records",
                table: "ArticleRevisions",
                type: "TEXT",
                maxLength: 1000000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_ArticleRevisions_Records_Length",
                table: "ArticleRevisions",
                sql: "length(\"Records\") <= 1000000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_ArticleRevisions_Records_Length",
                table: "ArticleRevisions");

            migrationBuilder.DropColumn(
                name: "Records",
                table: "ArticleRevisions");
        }
    }
}
