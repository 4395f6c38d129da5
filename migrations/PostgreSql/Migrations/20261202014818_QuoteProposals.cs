using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>Each quote keeps what the importer proposed for it and how sure it was, so the review shows it without reading the body again.</summary>
    public partial class QuoteProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Proposal",
                table: "Quotes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ProposalConfidence",
                table: "Quotes",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Quotes_Proposal_Length",
                table: "Quotes",
                sql: "length(\"Proposal\") <= 1000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Quotes_Proposal_Length",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Proposal",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ProposalConfidence",
                table: "Quotes");
        }
    }
}
