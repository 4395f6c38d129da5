using System.Text.Json.Serialization;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>
/// An article as an IPTC ninjs 2.1 news item: headline, standfirst and body; the dateline as
/// <c>located</c>; people with their role in the story; tags as subjects; the agencies behind its photos as
/// info sources; and each photo as an associated picture item with its caption and credit chain.
/// Property names are ninjs's own (all lower case); absent values are left out.
/// </summary>
public sealed record NinjsItem
{
    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#";

    public required string Uri { get; init; }
    public NinjsStandard? Standard { get; init; }
    public required string Type { get; init; }
    public string? Representationtype { get; init; }
    public string? Version { get; init; }
    public string? Versioncreated { get; init; }
    public string? Contentcreated { get; init; }
    public string? Pubstatus { get; init; }
    public string? Language { get; init; }
    public string? Copyrightholder { get; init; }
    public string? By { get; init; }
    public string? Located { get; init; }
    public string? Slugline { get; init; }
    public IReadOnlyList<NinjsText>? Headlines { get; init; }
    public IReadOnlyList<NinjsText>? Descriptions { get; init; }
    public IReadOnlyList<NinjsBody>? Bodies { get; init; }
    public IReadOnlyList<NinjsEntity>? People { get; init; }
    /// <summary>The organisations whose words the story quotes.</summary>
    public IReadOnlyList<NinjsEntity>? Organisations { get; init; }
    /// <summary>The story's form, from its kicker ("Analysis").</summary>
    public IReadOnlyList<NinjsGenre>? Genres { get; init; }
    public IReadOnlyList<NinjsEntity>? Subjects { get; init; }
    public IReadOnlyList<NinjsSource>? Infosources { get; init; }
    public IReadOnlyList<NinjsRendition>? Renditions { get; init; }
    public IReadOnlyList<NinjsAssociation>? Associations { get; init; }

    /// <summary>The ninjs item for an article, with links made absolute against the site's base address.</summary>
    public static NinjsItem For(ArticleDetail article, string baseUrl, string siteName)
    {
        var paragraphs = article.Blocks.Where(b => b.Text is not null).Select(b => b.Text!).ToList();
        var body = string.Join("\n\n", paragraphs);
        var agencies = article.Blocks.SelectMany(b => b.Image?.Credit ?? []).DistinctBy(a => a.Slug).ToList();
        return new NinjsItem
        {
            Uri = $"{baseUrl}/articles/{article.Slug}",
            Standard = new("ninjs", "2.1", SchemaUri),
            Type = "text",
            Representationtype = "full",
            Version = Dates.Iso(article.UpdatedAt),
            Versioncreated = Dates.Iso(article.UpdatedAt),
            Contentcreated = article.PublishedAt is { } published ? Dates.Iso(published) : null,
            Pubstatus = article.Status == "published" ? "usable" : "withheld",
            Language = "en",
            By = article.Byline.Count == 0 ? siteName : string.Join(", ", article.Byline.Select(b => b.Name)),
            Located = article.Dateline,
            Slugline = article.Slug,
            Headlines = [new("main", article.Headline)],
            Descriptions = DescriptionsOf(article),
            Bodies = [new("main", "text/plain", body, body.Length, body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length)],
            People = article.People.Select(p => new NinjsEntity(p.Name, p.Role, $"{baseUrl}/people/{p.Slug}", p.Slug)).ToList(),
            Organisations = article.Quotes.Where(q => q.Source.Value == QuoteSourceKind.Organisation).DistinctBy(q => q.Source.Slug)
                .Select(q => new NinjsEntity(q.Source.Name!, "quoted", $"{baseUrl}/organisations/{q.Source.Slug}", q.Source.Slug!)).ToList(),
            Genres = article.Kicker is { } kicker ? [new NinjsGenre(kicker, Slug.From(kicker, Article.KickerMaxLength))] : null,
            Subjects = article.Tags.Select(t => new NinjsEntity(t.Name, "tag", $"{baseUrl}/tags/{t.Slug}", t.Slug)).ToList(),
            Infosources = agencies.Select(a => new NinjsSource(a.Name, "photo", $"{baseUrl}/credits/{a.Slug}", a.Slug)).ToList(),
            Associations = article.Blocks.Where(b => b.Image is not null)
                .Select((b, n) => Picture(b.Image!, $"photo{n + 1}", baseUrl)).ToList(),
        };
    }

    /// <summary>The standfirst as the summary, then each correction or clarification under its kind as role.</summary>
    private static List<NinjsText>? DescriptionsOf(ArticleDetail article)
    {
        List<NinjsText> descriptions = [.. article.Standfirst is { } standfirst ? [new NinjsText("summary", standfirst)] : Array.Empty<NinjsText>(),
            .. article.Corrections.Select(c => new NinjsText(c.Kind, $"{c.Label} ({Dates.Iso(c.At)}): {c.Text}"))];
        return descriptions.Count == 0 ? null : descriptions;
    }

    private static NinjsAssociation Picture(ImageItem image, string name, string baseUrl) => new()
    {
        Name = name,
        Uri = $"{baseUrl}/api/images/{image.Id}",
        Type = "picture",
        Descriptions = [new("caption", image.Caption), .. image.AltText is { } alt ? [new NinjsText("alternative", alt)] : Array.Empty<NinjsText>()],
        Copyrightholder = image.Credit.Count > 0 ? image.Credit[^1].Name : null,
        By = image.Credit.Count > 0 ? image.CreditLine : null,
        Infosources = image.Credit.Select(a => new NinjsSource(a.Name, "photo", $"{baseUrl}/credits/{a.Slug}", a.Slug)).ToList(),
        Renditions = image.Url is { } url ? [new NinjsRendition("original", baseUrl + url)] : null,
    };
}

/// <summary>A photo attached to a ninjs item: a ninjs item of its own, with the name it has in the article.</summary>
public sealed record NinjsAssociation
{
    public required string Name { get; init; }
    public required string Uri { get; init; }
    public required string Type { get; init; }
    public IReadOnlyList<NinjsText>? Descriptions { get; init; }
    public string? Copyrightholder { get; init; }
    public string? By { get; init; }
    public IReadOnlyList<NinjsSource>? Infosources { get; init; }
    public IReadOnlyList<NinjsRendition>? Renditions { get; init; }
}

public sealed record NinjsStandard(string Name, string Version, string Schema);

public sealed record NinjsText(string Role, string Value);

public sealed record NinjsBody(string Role, string Contenttype, string Value, int Charcount, int Wordcount);

/// <summary>A person or subject: its name, how it relates to the story, and where Portal describes it.</summary>
public sealed record NinjsEntity(string Name, string Rel, string Uri, string Literal);

public sealed record NinjsGenre(string Name, string Literal);

/// <summary>A party that supplied content: for Portal, the agencies behind its photos.</summary>
public sealed record NinjsSource(string Name, string Role, string Uri, string Literal);

public sealed record NinjsRendition(string Name, string Href);

/// <summary>ninjs writes its property names in lower case and leaves out what is unknown.</summary>
public static class NinjsJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.KebabCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
