using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Each quote keeps what the importer proposed for it and how sure it was, so the review shows it without reading
    /// the body again. SQLite's own ADD COLUMN carries the length check, where a rebuild would drop the search triggers.
    /// </summary>
    public partial class QuoteProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Quotes" ADD COLUMN "Proposal" TEXT NULL
                    CONSTRAINT "CK_Quotes_Proposal_Length" CHECK (length("Proposal") <= 1000);
                """);

            migrationBuilder.AddColumn<double>(
                name: "ProposalConfidence",
                table: "Quotes",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Without constraints or keys of their own, the columns go with SQLite's own DROP COLUMN.
            migrationBuilder.Sql("""ALTER TABLE "Quotes" DROP COLUMN "ProposalConfidence";""");
            migrationBuilder.Sql("""ALTER TABLE "Quotes" DROP COLUMN "Proposal";""");
        }
    }
}
