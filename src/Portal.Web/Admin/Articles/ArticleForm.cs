using System.ComponentModel.DataAnnotations;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// The article form as the newsroom's page posts it: tags as one comma-separated line, and the version it was read
/// at. Mapped by hand to and from <see cref="ArticleText"/>; the rules of <see cref="ArticleInput"/>, the editor's
/// input, check it (see <see cref="InputRules"/>).
/// </summary>
public sealed class ArticleForm : IValidatableObject
{
    // Nullable, as a box posted empty binds as null; a non-nullable one would be required before the input's rules ran.
    public string? Kicker { get; set; }

    public string? Headline { get; set; }

    public string? Standfirst { get; set; }

    [Display(Name = "Byline: writers and agencies, separated by commas")]
    [StringLength(1_000)]
    public string? BylineText { get; set; }

    public string? Dateline { get; set; }

    public string? Section { get; set; }

    [Display(Name = "Tags, separated by commas")]
    [StringLength(2_000)]
    public string? TagsText { get; set; }

    public string? Body { get; set; }

    /// <summary>The article's address; a new one leaves the old answering with a permanent redirect. Not part of the text.</summary>
    [Display(Name = "Slug (the address: /articles/…; old links keep working)")]
    [StringLength(Article.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }

    /// <summary>The article's version when this form was filled in: a save over a newer one is merged with it.</summary>
    public long Version { get; set; }

    /// <summary>The revision the form was filled in from: the common ancestor of a merge.</summary>
    public int Revision { get; set; }

    /// <summary>The version whose conflicts the page has shown, so that the choices below settle them; null before.</summary>
    public long? Seen { get; set; }

    /// <summary>The fields whose conflict the editor settles with the other save's text rather than their own.</summary>
    public List<string> TakeTheirs { get; set; } = [];

    /// <summary>The byline's names as typed, one per comma.</summary>
    public List<string> Byline => CommaList(BylineText);

    /// <summary>The tags as typed, one per comma.</summary>
    public List<string> Tags => CommaList(TagsText);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => InputRules.Refusals(ArticleInput.From(ToText()));

    public static ArticleForm From(ArticleText text, long version, int revision)
    {
        var form = new ArticleForm { Version = version, Revision = revision };
        form.Fill(text);
        return form;
    }

    /// <summary>Puts the text in the boxes, leaving the versions as they are.</summary>
    public void Fill(ArticleText text)
    {
        (Kicker, Headline, Standfirst, _, Dateline, Section, _, Body) = text;
        BylineText = string.Join(", ", text.BylineNames);
        TagsText = string.Join(", ", text.TagNames);
    }

    public ArticleText ToText() => ArticleText.Of(Kicker, Headline ?? "", Standfirst, Byline, Dateline, Section, Tags, Body ?? "");

    private static List<string> CommaList(string? typed) => (typed ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
