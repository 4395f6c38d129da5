using System.Text.Json.Serialization;
using Portal.Data.Credits;
using Portal.Web.Credits;
using Portal.Web.Quotes;

namespace Portal.Web.Articles;

/// <summary>An article as readers and API clients receive it: the body in order, its people, quotes and credits.</summary>
public sealed record ArticleDetail(
    int Id,
    string Slug,
    string? Kicker,
    string Headline,
    string? Standfirst,
    IReadOnlyList<BylineItem> Byline,
    string? Dateline,
    string? Section,
    string Status,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    IReadOnlyList<TagItem> Tags,
    IReadOnlyList<BlockItem> Blocks,
    IReadOnlyList<PersonInStory> People,
    IReadOnlyList<QuoteItem> Quotes,
    IReadOnlyList<RelatedArticle> Related,
    IReadOnlyList<CorrectionItem> Corrections)
{
    /// <summary>The first photo with a file: what a shared link and a feed entry show of the story; null when none has one.</summary>
    public ImageItem? LeadPhoto() => Blocks.Select(b => b.Image).FirstOrDefault(i => i?.Url is not null);
}

/// <summary>A correction or clarification (<c>kind</c> "correction" or "clarification") and when it was made.</summary>
public sealed record CorrectionItem(string Kind, string Text, DateTime At)
{
    public string Label => Kind == "clarification" ? "Clarification" : "Correction";
}

/// <summary>A published article that shares tags or people with this one.</summary>
public sealed record RelatedArticle(string Slug, string Headline);

public sealed record TagItem(string Name, string Slug);

/// <summary>
/// A name of the byline: "person" (<c>url</c> is their author page when the newsroom account of that name has one), or
/// "organisation" when it is an agency or organisation Portal knows (<c>url</c> is its page).
/// </summary>
public sealed record BylineItem(string Name, string Kind, string? Url)
{
    [JsonIgnore]
    public bool IsOrganisation => Kind == "organisation";
}

/// <summary>A paragraph (<c>type</c> "paragraph", with text) or a figure (<c>type</c> "figure", with an image).</summary>
public sealed record BlockItem(int Position, string Type, string? Text, ImageItem? Image);

/// <summary>A photo; <c>width</c> and <c>height</c> are its pixels when its file is known to Portal by size.</summary>
public sealed record ImageItem(int Id, string Caption, string? AltText, string? Url, IReadOnlyList<AgencyItem> Credit)
{
    /// <summary>The credit chain as printed under the photo: "KCNA / UPI / Kyodo".</summary>
    public string CreditLine => CreditChain.Line(Credit.Select(a => a.Name));

    public int? Width => MediaFile.SizeAt(Url)?.Width;

    public int? Height => MediaFile.SizeAt(Url)?.Height;
}

public sealed record AgencyItem(string Slug, string Name);

/// <summary>A person in the story; <c>role</c> is "quoted" when the article quotes them, otherwise "mentioned".</summary>
public sealed record PersonInStory(string Slug, string Name, string? Title, string Role);

/// <summary>
/// A quotation; <c>offset</c> is where its words start in the text of the block at <c>blockPosition</c>. <c>speaker</c>
/// is set when the source is a person, <c>source</c> always.
/// </summary>
public sealed record QuoteItem(int Id, string Text, bool IsFragment, int BlockPosition, int Offset, SpeakerItem? Speaker, QuoteSourceItem Source);

public sealed record SpeakerItem(string Slug, string Name);
