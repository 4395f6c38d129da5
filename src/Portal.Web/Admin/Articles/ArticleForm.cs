using System.ComponentModel.DataAnnotations;
using Portal.Web.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>The article form: the fields of <see cref="ArticleInput"/>, tags as one comma-separated line, and the version it was read at.</summary>
public sealed class ArticleForm : ArticleInput
{
    [Display(Name = "Tags, separated by commas")]
    [StringLength(2_000)]
    public string? TagsText { get; set; }

    /// <summary>The article's version when this form was filled in: a save over a newer one is a conflict.</summary>
    public long Version { get; set; }

    public static ArticleForm From(ArticleInput input, long version) => new()
    {
        Headline = input.Headline,
        Standfirst = input.Standfirst,
        Dateline = input.Dateline,
        Section = input.Section,
        Tags = input.Tags,
        TagsText = string.Join(", ", input.Tags),
        Body = input.Body,
        Version = version,
    };

    /// <summary>Tags as typed become the list the editor saves.</summary>
    public void ReadTags() => Tags = (TagsText ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>Whether the form holds exactly what the article already has (a second save of the same form changes nothing).</summary>
    public bool SameAs(ArticleInput current) =>
        Headline.Trim() == current.Headline && (Standfirst?.Trim() ?? "") == (current.Standfirst ?? "")
        && (Dateline?.Trim() ?? "") == (current.Dateline ?? "") && (Section?.Trim() ?? "") == (current.Section ?? "")
        && Tags.Select(t => t.Trim()).Order(StringComparer.Ordinal).SequenceEqual(current.Tags)
        && Body.ReplaceLineEndings("\n").Trim() == current.Body;
}
