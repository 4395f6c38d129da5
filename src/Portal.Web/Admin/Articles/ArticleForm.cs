using System.ComponentModel.DataAnnotations;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// The article form as the newsroom's page posts it: tags as one comma-separated line, and the version it was read
/// at. Mapped by hand to and from <see cref="ArticleInput"/>, the editor's input, whose rules check it (the page
/// validates <see cref="ToInput"/> under the form's name, so each message stands beside its field).
/// </summary>
public sealed class ArticleForm
{
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

    public static ArticleForm From(ArticleInput input, long version) => new()
    {
        Headline = input.Headline,
        Standfirst = input.Standfirst,
        Dateline = input.Dateline,
        Section = input.Section,
        TagsText = string.Join(", ", input.Tags),
        Body = input.Body,
        Version = version,
    };

    public ArticleInput ToInput() => new()
    {
        Headline = Headline,
        Standfirst = Standfirst,
        Dateline = Dateline,
        Section = Section,
        Tags = Tags,
        Body = Body,
    };

    /// <summary>Whether the form holds exactly what the article already has (a second save of the same form changes nothing).</summary>
    public bool SameAs(ArticleInput current) =>
        Headline.Trim() == current.Headline && (Standfirst?.Trim() ?? "") == (current.Standfirst ?? "")
        && (Dateline?.Trim() ?? "") == (current.Dateline ?? "") && (Section?.Trim() ?? "") == (current.Section ?? "")
        && Tags.Order(StringComparer.Ordinal).SequenceEqual(current.Tags)
        && Body.ReplaceLineEndings("\n").Trim() == current.Body;
}
