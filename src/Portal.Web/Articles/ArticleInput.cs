using System.ComponentModel.DataAnnotations;
using Portal.Data.Articles;
using Portal.Web.Imports;

namespace Portal.Web.Articles;

/// <summary>
/// What an editor writes, through the API or the admin form: every field a person controls, the body in
/// the plain wire format the importer reads (paragraphs separated by blank lines; a figure is a
/// "(caption)" line followed by a "[Agency/Agency]" credit line). Status, times and ids are the server's.
/// </summary>
public class ArticleInput : IValidatableObject
{
    public const int MaxTags = 20;
    public const int MaxBylineNames = 6;

    /// <summary>The short label above the headline, e.g. "Analysis".</summary>
    [StringLength(Article.KickerMaxLength)]
    public string? Kicker { get; set; }

    /// <summary>The headline.</summary>
    [Required, StringLength(Article.HeadlineMaxLength)]
    public string Headline { get; set; } = "";

    /// <summary>The sentence or two under the headline.</summary>
    [StringLength(Article.StandfirstMaxLength)]
    public string? Standfirst { get; set; }

    /// <summary>The byline's names in the order printed: writers and agencies, e.g. ["Jane Smith", "Kyodo News"].</summary>
    public List<string> Byline { get; set; } = [];

    /// <summary>Where the story was filed from, e.g. "New York".</summary>
    [StringLength(Article.DatelineMaxLength)]
    public string? Dateline { get; set; }

    /// <summary>The section, e.g. "World".</summary>
    [StringLength(Article.SectionMaxLength)]
    public string? Section { get; set; }

    /// <summary>Tag names.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>The body as wire text.</summary>
    [Required, StringLength(WireParser.MaxTextLength)]
    public string Body { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => ValidateByline(Byline).Concat(ValidateTags(Tags));

    public ArticleText ToText() => ArticleText.Of(Kicker, Headline, Standfirst, Byline, Dateline, Section, Tags, Body);

    public static ArticleInput From(ArticleText text)
    {
        var (kicker, headline, standfirst, _, dateline, section, _, body) = text;
        return new()
        {
            Kicker = kicker,
            Headline = headline,
            Standfirst = standfirst,
            Byline = [.. text.BylineNames],
            Dateline = dateline,
            Section = section,
            Tags = [.. text.TagNames],
            Body = body,
        };
    }

    /// <summary>The rules every byline an editor sends must keep.</summary>
    public static IEnumerable<ValidationResult> ValidateByline(List<string> names)
    {
        if (names.Count > MaxBylineNames)
        {
            yield return new($"A byline has at most {MaxBylineNames} names.", [nameof(Byline)]);
        }
        if (names.Any(n => string.IsNullOrWhiteSpace(n) || n.Trim().Length > ArticleByline.NameMaxLength))
        {
            yield return new($"Each name of the byline has 1 to {ArticleByline.NameMaxLength} characters.", [nameof(Byline)]);
        }
    }

    /// <summary>The rules every list of tags an editor sends must keep.</summary>
    public static IEnumerable<ValidationResult> ValidateTags(List<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            yield return new($"An article has at most {MaxTags} tags.", [nameof(Tags)]);
        }
        if (tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > ArticleTag.MaxLength))
        {
            yield return new($"Each tag has 1 to {ArticleTag.MaxLength} characters.", [nameof(Tags)]);
        }
    }
}

/// <summary>A new article: the fields of <see cref="ArticleInput"/> and, optionally, the slug it should have.</summary>
public sealed class NewArticleInput : ArticleInput
{
    /// <summary>The slug, lower-case words joined by hyphens; taken from the headline when left out. A slug in use is a conflict (409).</summary>
    [StringLength(Article.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }
}
