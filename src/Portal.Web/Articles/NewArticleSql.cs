namespace Portal.Web.Articles;

/// <summary>
/// The statements <see cref="NewArticleBody"/> writes a new article's rows with, for each store: each takes its rows as
/// one JSON parameter, <c>@rows</c> (SQLite's <c>json_each</c>, PostgreSQL's <c>json_to_recordset</c>).
/// </summary>
internal static class NewArticleSql
{
    /// <summary>
    /// The next <c>{0}</c> free ids of a table. On SQLite the writer holds the write lock by now, so no other writer can
    /// take them meanwhile; PostgreSQL hands them out from the table's sequence.
    /// </summary>
    public static string NextIds(bool postgres, string table) => postgres
        ? "SELECT nextval(pg_get_serial_sequence('\"" + table + "\"', 'Id'))::integer AS \"Value\" FROM generate_series(1, {0})"
        : "WITH RECURSIVE next(\"Value\") AS (SELECT max(coalesce((SELECT \"seq\" FROM \"sqlite_sequence\" WHERE \"name\" = '" + table
            + "'), 0), coalesce((SELECT max(\"Id\") FROM \"" + table + "\"), 0)) + 1 UNION ALL SELECT \"Value\" + 1 FROM next LIMIT {0}) "
            + "SELECT \"Value\" FROM next";

    public const string SqlitePeople = """
        INSERT INTO "People" ("Id", "Slug", "Name", "Title", "Organisation", "Description", "Version")
        SELECT json_extract(value, '$.d'), json_extract(value, '$.s'), json_extract(value, '$.n'), json_extract(value, '$.t'),
            json_extract(value, '$.o'), json_extract(value, '$.e'), 1
        FROM json_each(@rows)
        """;

    public const string PostgresPeople = """
        INSERT INTO "People" ("Id", "Slug", "Name", "Title", "Organisation", "Description", "Version")
        SELECT r.d, r.s, r.n, r.t, r.o, r.e, 1 FROM json_to_recordset(@rows::json) AS r(d integer, s text, n text, t text, o text, e text)
        """;

    public const string SqliteAliases = """
        INSERT INTO "PersonAliases" ("PersonId", "Text")
        SELECT json_extract(value, '$.p'), json_extract(value, '$.t') FROM json_each(@rows)
        """;

    public const string PostgresAliases = """
        INSERT INTO "PersonAliases" ("PersonId", "Text")
        SELECT r.p, r.t FROM json_to_recordset(@rows::json) AS r(p integer, t text)
        """;

    public const string SqliteImages = """
        INSERT INTO "Images" ("Id", "Caption", "AltText", "FileName", "Version")
        SELECT json_extract(value, '$.d'), json_extract(value, '$.c'), json_extract(value, '$.a'), json_extract(value, '$.f'), 1
        FROM json_each(@rows)
        """;

    public const string PostgresImages = """
        INSERT INTO "Images" ("Id", "Caption", "AltText", "FileName", "Version")
        SELECT r.d, r.c, r.a, r.f, 1 FROM json_to_recordset(@rows::json) AS r(d integer, c text, a text, f text)
        """;

    public const string SqliteCredits = """
        INSERT INTO "ImageCredits" ("ImageId", "Position", "AgencyId")
        SELECT json_extract(value, '$.d'), json_extract(value, '$.p'), json_extract(value, '$.a') FROM json_each(@rows)
        """;

    public const string PostgresCredits = """
        INSERT INTO "ImageCredits" ("ImageId", "Position", "AgencyId")
        SELECT r.d, r.p, r.a FROM json_to_recordset(@rows::json) AS r(d integer, p integer, a integer)
        """;

    public const string SqliteMentions = """
        INSERT INTO "ArticleMentions" ("ArticleId", "PersonId", "Position")
        SELECT @article, json_extract(value, '$.s'), json_extract(value, '$.p') FROM json_each(@rows)
        """;

    public const string PostgresMentions = """
        INSERT INTO "ArticleMentions" ("ArticleId", "PersonId", "Position")
        SELECT @article, r.s, r.p FROM json_to_recordset(@rows::json) AS r(s integer, p integer)
        """;

    public const string SqliteBlocks = """
        INSERT INTO "ArticleBlocks" ("ArticleId", "Position", "Kind", "Text", "ImageId")
        SELECT @article, json_extract(value, '$.p'), json_extract(value, '$.k'), json_extract(value, '$.t'), json_extract(value, '$.i')
        FROM json_each(@rows)
        RETURNING "Id", "Position"
        """;

    public const string PostgresBlocks = """
        INSERT INTO "ArticleBlocks" ("ArticleId", "Position", "Kind", "Text", "ImageId")
        SELECT @article, r.p, r.k, r.t, r.i FROM json_to_recordset(@rows::json) AS r(p integer, k text, t text, i integer)
        RETURNING "Id", "Position"
        """;

    public const string SqliteQuotes = """
        INSERT INTO "Quotes" ("ArticleId", "BlockId", "Offset", "Position", "Text", "IsFragment", "SpeakerId", "OrganisationId",
            "UnnamedSource", "IsNotSpeech", "Proposal", "ProposalConfidence", "Version")
        SELECT @article, json_extract(value, '$.b'), json_extract(value, '$.o'), json_extract(value, '$.p'), json_extract(value, '$.t'),
            json_extract(value, '$.f'), json_extract(value, '$.s'), json_extract(value, '$.g'), json_extract(value, '$.u'),
            json_extract(value, '$.n'), json_extract(value, '$.r'), json_extract(value, '$.c'), 1
        FROM json_each(@rows)
        RETURNING "Id", "Position"
        """;

    public const string PostgresQuotes = """
        INSERT INTO "Quotes" ("ArticleId", "BlockId", "Offset", "Position", "Text", "IsFragment", "SpeakerId", "OrganisationId",
            "UnnamedSource", "IsNotSpeech", "Proposal", "ProposalConfidence", "Version")
        SELECT @article, r.b, r.o, r.p, r.t, r.f, r.s, r.g, r.u, r.n, r.r, r.c, 1
        FROM json_to_recordset(@rows::json) AS r(b integer, o integer, p integer, t text, f boolean, s integer, g integer, u text,
            n boolean, r text, c double precision)
        RETURNING "Id", "Position"
        """;
}
