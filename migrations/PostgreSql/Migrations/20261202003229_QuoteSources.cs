using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>A quote's source may be an organisation, an unnamed source's description, or none because it is not speech.</summary>
    public partial class QuoteSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsNotSpeech",
                table: "Quotes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "Quotes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnnamedSource",
                table: "Quotes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.CheckConstraint("CK_Organisations_Name_Length", "length(\"Name\") <= 200");
                    table.CheckConstraint("CK_Organisations_Slug_Length", "length(\"Slug\") <= 80");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OrganisationId",
                table: "Quotes",
                column: "OrganisationId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Quotes_OneSource",
                table: "Quotes",
                sql: "(CASE WHEN \"SpeakerId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"OrganisationId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"UnnamedSource\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"IsNotSpeech\" THEN 1 ELSE 0 END) <= 1");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Quotes_UnnamedSource_Length",
                table: "Quotes",
                sql: "length(\"UnnamedSource\") <= 200");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Quotes_Organisations_OrganisationId",
                table: "Quotes",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Quotes_Organisations_OrganisationId",
                table: "Quotes");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_OrganisationId",
                table: "Quotes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Quotes_OneSource",
                table: "Quotes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Quotes_UnnamedSource_Length",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "IsNotSpeech",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "UnnamedSource",
                table: "Quotes");
        }
    }
}
