using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Data;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// A full-text index of people's names (FTS5 over the People table, by word, in any case and without diacritics),
    /// kept by triggers whatever writes a person: the speaker picker finds "pomp" in Mike Pompeo among a hundred
    /// thousand people without reading them all.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261203080000_PersonSearchIndex")]
    public partial class PersonSearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE PersonSearch USING fts5(Name, content='People', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO PersonSearch(PersonSearch) VALUES ('rebuild');
                CREATE TRIGGER PersonSearch_Insert AFTER INSERT ON People BEGIN
                    INSERT INTO PersonSearch(rowid, Name) VALUES (NEW.Id, NEW.Name);
                END;
                CREATE TRIGGER PersonSearch_Delete AFTER DELETE ON People BEGIN
                    INSERT INTO PersonSearch(PersonSearch, rowid, Name) VALUES ('delete', OLD.Id, OLD.Name);
                END;
                CREATE TRIGGER PersonSearch_Update AFTER UPDATE OF Name ON People BEGIN
                    INSERT INTO PersonSearch(PersonSearch, rowid, Name) VALUES ('delete', OLD.Id, OLD.Name);
                    INSERT INTO PersonSearch(rowid, Name) VALUES (NEW.Id, NEW.Name);
                END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER PersonSearch_Update;
                DROP TRIGGER PersonSearch_Delete;
                DROP TRIGGER PersonSearch_Insert;
                DROP TABLE PersonSearch;
                """);
        }
    }
}
