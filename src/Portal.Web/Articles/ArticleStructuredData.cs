using System.Text.Json.Nodes;
using Portal.Data.Quotes;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>
/// The article in schema.org JSON-LD: a NewsArticle that mentions its people and credits its images,
/// and each quote as a Quotation spoken by its speaker and part of the article.
/// </summary>
public static class ArticleStructuredData
{
    public static string For(ArticleDetail article, string baseUrl, string siteName)
    {
        var url = $"{baseUrl}/articles/{article.Slug}";
        string PersonId(string slug) => PersonIdOf(slug, baseUrl);
        var news = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["@id"] = url + "#article",
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = article.Headline,
            ["description"] = article.Standfirst,
            ["datePublished"] = article.PublishedAt is { } published ? Dates.Iso(published) : null,
            ["dateModified"] = Dates.Iso(article.UpdatedAt),
            ["dateline"] = article.Dateline,
            ["articleSection"] = article.Section,
            ["genre"] = article.Kicker,
            ["keywords"] = new JsonArray([.. article.Tags.Select(t => (JsonNode)t.Name)]),
            ["author"] = Authors(article, baseUrl, siteName),
            ["publisher"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = siteName, ["url"] = baseUrl + "/" },
            ["mentions"] = new JsonArray([.. article.People.Select(p => (JsonNode)new JsonObject
            {
                ["@type"] = "Person",
                ["@id"] = PersonId(p.Slug),
                ["name"] = p.Name,
                ["jobTitle"] = p.Title,
                ["url"] = $"{baseUrl}/people/{p.Slug}",
            })]),
            ["image"] = new JsonArray([.. article.Blocks.Where(b => b.Image is not null).Select(b => (JsonNode)new JsonObject
            {
                ["@type"] = "ImageObject",
                ["contentUrl"] = b.Image!.Url is null ? null : baseUrl + b.Image.Url,
                ["caption"] = b.Image.Caption,
                ["description"] = b.Image.AltText,
                ["creditText"] = b.Image.CreditLine,
                ["copyrightHolder"] = new JsonArray([.. b.Image.Credit.Select(a => (JsonNode)new JsonObject
                {
                    ["@type"] = "Organization",
                    ["name"] = a.Name,
                    ["url"] = $"{baseUrl}/credits/{a.Slug}",
                })]),
            })]),
            ["correction"] = article.Corrections.Count == 0 ? null : new JsonArray([.. article.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["name"] = c.Label,
                ["text"] = c.Text,
                ["datePublished"] = Dates.Iso(c.At),
            })]),
        };
        var quotes = article.Quotes.Where(q => q.Source.Value != QuoteSourceKind.NotSpeech).Select(q => (JsonNode)new JsonObject
        {
            ["@type"] = "Quotation",
            ["@id"] = $"{url}#quote-{q.Id}",
            ["text"] = q.Text,
            ["creator"] = CreatorOf(q.Source, baseUrl),
            ["spokenByCharacter"] = q.Speaker is null ? null : new JsonObject { ["@id"] = PersonId(q.Speaker.Slug) },
            ["isPartOf"] = new JsonObject { ["@id"] = url + "#article" },
        });
        var document = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new JsonArray([news, .. quotes]),
        };
        return JsonLd.Serialize(document);
    }

    /// <summary>The node every page names a person by, so that their quotes on all pages are one person's.</summary>
    public static string PersonIdOf(string slug, string baseUrl) => $"{baseUrl}/people/{slug}#person";

    /// <summary>Whose words a quotation is: a Person or an Organization; null for an unnamed source, words not speech, or while open.</summary>
    public static JsonObject? CreatorOf(QuoteSourceItem source, string baseUrl) => source.Value switch
    {
        QuoteSourceKind.Person => new JsonObject { ["@id"] = PersonIdOf(source.Slug!, baseUrl), ["@type"] = "Person", ["name"] = source.Name },
        QuoteSourceKind.Organisation => new JsonObject { ["@type"] = "Organization", ["name"] = source.Name, ["url"] = $"{baseUrl}/organisations/{source.Slug}" },
        _ => null,
    };

    /// <summary>The byline's writers and agencies; without a byline the site itself, as search engines ask for an author.</summary>
    private static JsonArray Authors(ArticleDetail article, string baseUrl, string siteName) => article.Byline.Count == 0
        ? [new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = baseUrl + "/" }]
        : new JsonArray([.. article.Byline.Select(name => (JsonNode)new JsonObject
        {
            ["@type"] = name.IsOrganisation ? "Organization" : "Person",
            ["name"] = name.Name,
            ["url"] = name.Url is null ? null : baseUrl + name.Url,
        })]);
}
