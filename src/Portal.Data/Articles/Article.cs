using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Data.Articles;

public class Article : IVersioned
{
    public const int SlugMaxLength = 120;
    public const int KickerMaxLength = 40;
    public const int HeadlineMaxLength = 250;
    public const int StandfirstMaxLength = 600;
    public const int DatelineMaxLength = 100;
    public const int SectionMaxLength = 60;

    public int Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>The short label above the headline: "Analysis", "Exclusive", "Obituary".</summary>
    public string? Kicker { get; set; }
    public required string Headline { get; set; }
    public string? Standfirst { get; set; }
    public string? Dateline { get; set; }
    public string? Section { get; set; }
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// The id of the newsroom account that created the article; writers may edit only their own drafts.
    /// Not a foreign key: SQLite would rebuild the table to add one, and a removed account leaves its drafts to editors.
    /// </summary>
    public string? CreatedById { get; set; }

    public List<ArticleBlock> Blocks { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
    public List<ArticleByline> Bylines { get; set; } = [];
    public List<ArticleMention> Mentions { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>The article's editable text, given its body as wire text (the body's format is the importer's).</summary>
    public ArticleText Text(string body) =>
        ArticleText.Of(Kicker, Headline, Standfirst, Bylines.OrderBy(b => b.Position).Select(b => b.Name), Dateline, Section, Tags.Select(t => t.Name), body);

    /// <summary>Takes the header fields and tags of <paramref name="text"/>; the body is the importer's to place, as blocks.</summary>
    public void Write(ArticleText text)
    {
        var (kicker, headline, standfirst, _, dateline, section, _, _) = text;
        (Kicker, Headline, Standfirst, Dateline, Section) = (kicker, headline, standfirst, dateline, section);
        WriteBylines(text.BylineNames);
        var wanted = text.TagNames.Select(ArticleTag.Named).ToList();
        Tags.RemoveAll(tag => wanted.All(w => w.Slug != tag.Slug));
        foreach (var tag in wanted)
        {
            if (Tags.FirstOrDefault(t => t.Slug == tag.Slug) is { } kept)
            {
                kept.Name = tag.Name;
            }
            else
            {
                Tags.Add(tag);
            }
        }
    }

    // Rewritten in place, position by position: a row removed and one added under the same key would clash in the change tracker.
    private void WriteBylines(IReadOnlyList<string> names)
    {
        Bylines.RemoveAll(b => b.Position >= names.Count);
        for (var position = 0; position < names.Count; position++)
        {
            var (name, slug) = (names[position], ArticleByline.SlugOf(names[position]));
            if (Bylines.FirstOrDefault(b => b.Position == position) is { } kept)
            {
                (kept.Name, kept.Slug) = (name, slug);
            }
            else
            {
                Bylines.Add(new() { Position = position, Name = name, Slug = slug });
            }
        }
    }
}

public enum ArticleStatus
{
    Draft,
    Scheduled,
    Published,
}

/// <summary>A person the article mentions, in the order the text first names them.</summary>
public class ArticleMention
{
    public int ArticleId { get; set; }
    public int PersonId { get; set; }
    public int Position { get; set; }
    public Person Person { get; set; } = null!;
}

public class ArticleTag
{
    public const int MaxLength = 60;

    public int ArticleId { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    public static ArticleTag Named(string name) => new() { Name = name, Slug = Portal.Data.Slug.From(name, MaxLength) };
}
