using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticleRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Standfirst = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Dateline = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                    table.CheckConstraint("CK_ArticleRevisions_Actor_Length", "length(\"Actor\") <= 256");
                    table.CheckConstraint("CK_ArticleRevisions_Body_Length", "length(\"Body\") <= 200000");
                    table.CheckConstraint("CK_ArticleRevisions_Change_Length", "length(\"Change\") <= 300");
                    table.CheckConstraint("CK_ArticleRevisions_Dateline_Length", "length(\"Dateline\") <= 100");
                    table.CheckConstraint("CK_ArticleRevisions_Headline_Length", "length(\"Headline\") <= 250");
                    table.CheckConstraint("CK_ArticleRevisions_Section_Length", "length(\"Section\") <= 60");
                    table.CheckConstraint("CK_ArticleRevisions_Standfirst_Length", "length(\"Standfirst\") <= 600");
                    table.CheckConstraint("CK_ArticleRevisions_Tags_Length", "length(\"Tags\") <= 2000");
                    table.ForeignKey(
                        name: "FK_ArticleRevisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRevisions_ArticleId_Number",
                table: "ArticleRevisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleRevisions");
        }
    }
}
