using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// A quote's source may be an organisation, an unnamed source's description, or none because it is not speech.
    /// The columns are added with their constraints by SQLite's own ADD COLUMN rather than by a rebuild of the table,
    /// which would copy every quote and drop the table's search triggers.
    /// </summary>
    public partial class QuoteSources : Migration
    {
        private const string OneSource = "(CASE WHEN \"SpeakerId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"OrganisationId\" IS NULL THEN 0 ELSE 1 END)"
            + " + (CASE WHEN \"UnnamedSource\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"IsNotSpeech\" THEN 1 ELSE 0 END) <= 1";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.CheckConstraint("CK_Organisations_Name_Length", "length(\"Name\") <= 200");
                    table.CheckConstraint("CK_Organisations_Slug_Length", "length(\"Slug\") <= 80");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.Sql("""
                ALTER TABLE "Quotes" ADD COLUMN "OrganisationId" INTEGER NULL
                    CONSTRAINT "FK_Quotes_Organisations_OrganisationId" REFERENCES "Organisations" ("Id") ON DELETE SET NULL;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "Quotes" ADD COLUMN "UnnamedSource" TEXT NULL
                    CONSTRAINT "CK_Quotes_UnnamedSource_Length" CHECK (length("UnnamedSource") <= 200);
                """);
            migrationBuilder.Sql($"""
                ALTER TABLE "Quotes" ADD COLUMN "IsNotSpeech" INTEGER NOT NULL DEFAULT 0
                    CONSTRAINT "CK_Quotes_OneSource" CHECK ({OneSource});
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OrganisationId",
                table: "Quotes",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // Dropping a column with a foreign key takes a rebuild of Quotes, which SQLite's migrations cannot do
            // without losing the search triggers; go back by restoring the backup taken before the upgrade.
            throw new NotSupportedException("Restore the backup taken before this upgrade to go back past QuoteSources.");
    }
}
