using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// A full-text index of people's names, by word and without stemming ('simple'): the speaker picker finds "pomp"
    /// in Mike Pompeo among a hundred thousand people without reading them all.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261203080000_PersonSearchIndex")]
    public partial class PersonSearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_People_NameWords" ON "People" USING GIN (to_tsvector('simple', "Name"));""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_People_NameWords";""");
        }
    }
}
