using System.ComponentModel.DataAnnotations;
using Portal.Data.Articles;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// The article form as the newsroom's page posts it: tags as one comma-separated line, and the version it was read
/// at. Mapped by hand to and from <see cref="ArticleText"/>; the rules of <see cref="ArticleInput"/>, the editor's
/// input, check it (the page validates the input of <see cref="ToText"/> under the form's name, so each message stands
/// beside its field).
/// </summary>
public sealed class ArticleForm
{
    public string? Kicker { get; set; }

    public string Headline { get; set; } = "";

    public string? Standfirst { get; set; }

    public string? Dateline { get; set; }

    public string? Section { get; set; }

    [Display(Name = "Tags, separated by commas")]
    [StringLength(2_000)]
    public string? TagsText { get; set; }

    public string Body { get; set; } = "";

    /// <summary>The article's version when this form was filled in: a save over a newer one is a conflict.</summary>
    public long Version { get; set; }

    /// <summary>The tags as typed, one per comma.</summary>
    public List<string> Tags => (TagsText ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public static ArticleForm From(ArticleText text, long version)
    {
        var (kicker, headline, standfirst, dateline, section, _, body) = text;
        var tags = string.Join(", ", text.TagNames);
        return new() { Kicker = kicker, Headline = headline, Standfirst = standfirst, Dateline = dateline, Section = section, TagsText = tags, Body = body, Version = version };
    }

    // The binder leaves a field posted empty as null, whatever the property's default.
    public ArticleText ToText() => ArticleText.Of(Kicker, Headline ?? "", Standfirst, Dateline, Section, Tags, Body ?? "");
}
