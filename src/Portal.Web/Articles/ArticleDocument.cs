using Portal.Data.Articles;

namespace Portal.Web.Articles;

/// <summary>
/// The statement that assembles a whole article (blocks, images with credit chains, people with their role, quotes,
/// corrections, related articles) as one JSON document in the database: one round trip, no row explosion. One text per store;
/// both take @slug, @now and @all (drafts too).
/// </summary>
internal static class ArticleDocument
{
    public static readonly string Sqlite = $"""
            SELECT json_object(
                'id', a.Id, 'slug', a.Slug, 'kicker', a.Kicker, 'headline', a.Headline, 'standfirst', a.Standfirst, 'dateline', a.Dateline,
                'byline', json((SELECT json_group_array(json_object(
                        'name', y.Name, 'kind', CASE WHEN (g.Id IS NULL AND o.Id IS NULL) OR w.Slug IS NOT NULL THEN 'person' ELSE 'organisation' END,
                        'url', CASE WHEN w.Slug IS NOT NULL THEN '/authors/' || w.Slug WHEN g.Id IS NOT NULL THEN '/credits/' || g.Slug
                            WHEN o.Id IS NOT NULL THEN '/organisations/' || o.Slug END)
                        ORDER BY y.Position)
                    FROM ArticleBylines y LEFT JOIN AuthorProfiles w ON w.Slug = y.Slug LEFT JOIN Agencies g ON g.Slug = y.Slug
                    LEFT JOIN Organisations o ON o.Slug = y.Slug
                    WHERE y.ArticleId = a.Id)),
                'section', a.Section, 'status', lower(a.Status),
                'publishedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.PublishedAt),
                'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', a.UpdatedAt),
                'tags', json((SELECT json_group_array(json_object('name', t.Name, 'slug', t.Slug) ORDER BY t.Name)
                    FROM ArticleTags t WHERE t.ArticleId = a.Id)),
                'blocks', json((SELECT json_group_array(json_object(
                        'position', b.Position, 'type', lower(b.Kind), 'text', b.Text,
                        'image', CASE WHEN i.Id IS NULL THEN NULL ELSE json_object(
                            'id', i.Id, 'caption', i.Caption, 'altText', i.AltText, 'url', '/media/' || i.FileName,
                            'credit', json((SELECT json_group_array(json_object('slug', g.Slug, 'name', g.Name) ORDER BY c.Position)
                                FROM ImageCredits c JOIN Agencies g ON g.Id = c.AgencyId WHERE c.ImageId = i.Id))) END
                    ) ORDER BY b.Position)
                    FROM ArticleBlocks b LEFT JOIN Images i ON i.Id = b.ImageId WHERE b.ArticleId = a.Id)),
                'people', json((SELECT json_group_array(json_object(
                        'slug', p.Slug, 'name', p.Name, 'title', p.Title,
                        'role', CASE WHEN EXISTS (SELECT 1 FROM Quotes s WHERE s.ArticleId = a.Id AND s.SpeakerId = p.Id)
                            THEN 'quoted' ELSE 'mentioned' END) ORDER BY m.Position)
                    FROM ArticleMentions m JOIN People p ON p.Id = m.PersonId WHERE m.ArticleId = a.Id)),
                'quotes', json((SELECT json_group_array(json_object(
                        'id', q.Id, 'text', q.Text, 'isFragment', json(CASE WHEN q.IsFragment THEN 'true' ELSE 'false' END),
                        'blockPosition', qb.Position, 'offset', q.Offset,
                        'speaker', CASE WHEN sp.Id IS NULL THEN NULL ELSE json_object('slug', sp.Slug, 'name', sp.Name) END,
                        'source', json_object(
                            'kind', CASE WHEN sp.Id IS NOT NULL THEN 'person' WHEN o.Id IS NOT NULL THEN 'organisation'
                                WHEN q.UnnamedSource IS NOT NULL THEN 'unnamed' WHEN q.IsNotSpeech THEN 'notSpeech' ELSE 'open' END,
                            'slug', coalesce(sp.Slug, o.Slug), 'name', coalesce(sp.Name, o.Name, q.UnnamedSource))
                    ) ORDER BY q.Position)
                    FROM Quotes q JOIN ArticleBlocks qb ON qb.Id = q.BlockId LEFT JOIN People sp ON sp.Id = q.SpeakerId
                    LEFT JOIN Organisations o ON o.Id = q.OrganisationId
                    WHERE q.ArticleId = a.Id)),
                'corrections', json((SELECT json_group_array(json_object(
                        'kind', lower(k.Kind), 'text', k.Text, 'at', strftime('%Y-%m-%dT%H:%M:%fZ', k.At)) ORDER BY k.At)
                    FROM Corrections k WHERE k.ArticleId = a.Id)),
                'related', json((SELECT json_group_array(json_object('slug', r.Slug, 'headline', r.Headline)
                        ORDER BY c.Shared DESC, r.PublishedAt DESC)
                    FROM (SELECT ArticleId, count(*) AS Shared FROM (
                            SELECT t2.ArticleId FROM ArticleTags t1 JOIN ArticleTags t2 ON t2.Slug = t1.Slug
                            WHERE t1.ArticleId = a.Id AND t2.ArticleId <> a.Id
                            UNION ALL
                            SELECT m2.ArticleId FROM ArticleMentions m1 JOIN ArticleMentions m2 ON m2.PersonId = m1.PersonId
                            WHERE m1.ArticleId = a.Id AND m2.ArticleId <> a.Id)
                        GROUP BY ArticleId) c
                    CROSS JOIN Articles r ON r.Id = c.ArticleId -- CROSS keeps the few candidates outermost
                    WHERE {ArticleVisibility.Sql("r")}
                    ORDER BY c.Shared DESC, r.PublishedAt DESC LIMIT 4)) -- related articles shown
            ) AS "Value"
            FROM Articles a
            WHERE a.Slug = @slug AND (@all OR ({ArticleVisibility.Sql("a")}))
            """;

    /// <summary>The same document from PostgreSQL's JSON functions; times are written as UTC with a Z, as SQLite writes them.</summary>
    public static readonly string PostgreSql = $"""
            SELECT json_build_object(
                'id', a."Id", 'slug', a."Slug", 'kicker', a."Kicker", 'headline', a."Headline", 'standfirst', a."Standfirst", 'dateline', a."Dateline",
                'byline', (SELECT coalesce(json_agg(json_build_object(
                        'name', y."Name", 'kind', CASE WHEN (g."Id" IS NULL AND o."Id" IS NULL) OR w."Slug" IS NOT NULL THEN 'person' ELSE 'organisation' END,
                        'url', CASE WHEN w."Slug" IS NOT NULL THEN '/authors/' || w."Slug" WHEN g."Id" IS NOT NULL THEN '/credits/' || g."Slug"
                            WHEN o."Id" IS NOT NULL THEN '/organisations/' || o."Slug" END)
                        ORDER BY y."Position"), '[]')
                    FROM "ArticleBylines" y LEFT JOIN "AuthorProfiles" w ON w."Slug" = y."Slug" LEFT JOIN "Agencies" g ON g."Slug" = y."Slug"
                    LEFT JOIN "Organisations" o ON o."Slug" = y."Slug"
                    WHERE y."ArticleId" = a."Id"),
                'section', a."Section", 'status', lower(a."Status"),
                'publishedAt', to_char(a."PublishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'updatedAt', to_char(a."UpdatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'tags', (SELECT coalesce(json_agg(json_build_object('name', t."Name", 'slug', t."Slug") ORDER BY t."Name"), '[]')
                    FROM "ArticleTags" t WHERE t."ArticleId" = a."Id"),
                'blocks', (SELECT coalesce(json_agg(json_build_object(
                        'position', b."Position", 'type', lower(b."Kind"), 'text', b."Text",
                        'image', CASE WHEN i."Id" IS NULL THEN NULL ELSE json_build_object(
                            'id', i."Id", 'caption', i."Caption", 'altText', i."AltText", 'url', '/media/' || i."FileName",
                            'credit', (SELECT coalesce(json_agg(json_build_object('slug', g."Slug", 'name', g."Name") ORDER BY c."Position"), '[]')
                                FROM "ImageCredits" c JOIN "Agencies" g ON g."Id" = c."AgencyId" WHERE c."ImageId" = i."Id")) END
                    ) ORDER BY b."Position"), '[]')
                    FROM "ArticleBlocks" b LEFT JOIN "Images" i ON i."Id" = b."ImageId" WHERE b."ArticleId" = a."Id"),
                'people', (SELECT coalesce(json_agg(json_build_object(
                        'slug', p."Slug", 'name', p."Name", 'title', p."Title",
                        'role', CASE WHEN EXISTS (SELECT 1 FROM "Quotes" s WHERE s."ArticleId" = a."Id" AND s."SpeakerId" = p."Id")
                            THEN 'quoted' ELSE 'mentioned' END) ORDER BY m."Position"), '[]')
                    FROM "ArticleMentions" m JOIN "People" p ON p."Id" = m."PersonId" WHERE m."ArticleId" = a."Id"),
                'quotes', (SELECT coalesce(json_agg(json_build_object(
                        'id', q."Id", 'text', q."Text", 'isFragment', q."IsFragment",
                        'blockPosition', qb."Position", 'offset', q."Offset",
                        'speaker', CASE WHEN sp."Id" IS NULL THEN NULL ELSE json_build_object('slug', sp."Slug", 'name', sp."Name") END,
                        'source', json_build_object(
                            'kind', CASE WHEN sp."Id" IS NOT NULL THEN 'person' WHEN o."Id" IS NOT NULL THEN 'organisation'
                                WHEN q."UnnamedSource" IS NOT NULL THEN 'unnamed' WHEN q."IsNotSpeech" THEN 'notSpeech' ELSE 'open' END,
                            'slug', coalesce(sp."Slug", o."Slug"), 'name', coalesce(sp."Name", o."Name", q."UnnamedSource"))
                    ) ORDER BY q."Position"), '[]')
                    FROM "Quotes" q JOIN "ArticleBlocks" qb ON qb."Id" = q."BlockId" LEFT JOIN "People" sp ON sp."Id" = q."SpeakerId"
                    LEFT JOIN "Organisations" o ON o."Id" = q."OrganisationId"
                    WHERE q."ArticleId" = a."Id"),
                'corrections', (SELECT coalesce(json_agg(json_build_object(
                        'kind', lower(k."Kind"), 'text', k."Text", 'at', to_char(k."At" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                        ORDER BY k."At"), '[]')
                    FROM "Corrections" k WHERE k."ArticleId" = a."Id"),
                'related', (SELECT coalesce(json_agg(json_build_object('slug', r."Slug", 'headline', r."Headline")
                        ORDER BY r."Shared" DESC, r."PublishedAt" DESC), '[]')
                    FROM (SELECT o."Slug", o."Headline", o."PublishedAt", c."Shared"
                        FROM (SELECT "ArticleId", count(*) AS "Shared" FROM (
                                SELECT t2."ArticleId" FROM "ArticleTags" t1 JOIN "ArticleTags" t2 ON t2."Slug" = t1."Slug"
                                WHERE t1."ArticleId" = a."Id" AND t2."ArticleId" <> a."Id"
                                UNION ALL
                                SELECT m2."ArticleId" FROM "ArticleMentions" m1 JOIN "ArticleMentions" m2 ON m2."PersonId" = m1."PersonId"
                                WHERE m1."ArticleId" = a."Id" AND m2."ArticleId" <> a."Id") shared
                            GROUP BY "ArticleId") c
                        JOIN "Articles" o ON o."Id" = c."ArticleId"
                        WHERE {ArticleVisibility.Sql("o")}
                        ORDER BY c."Shared" DESC, o."PublishedAt" DESC LIMIT 4) r) -- related articles shown
            )::text AS "Value"
            FROM "Articles" a
            WHERE a."Slug" = @slug AND (@all OR ({ArticleVisibility.Sql("a")}))
            """;
}
