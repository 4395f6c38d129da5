namespace Portal.Data.Articles;

/// <summary>
/// A correction or clarification of a published article, in the newsroom's words ("An earlier version of this story
/// attributed a quote to …"), with when it was made. Corrections are only ever added: readers see every one.
/// </summary>
public class Correction
{
    public const int TextMaxLength = 1_000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public CorrectionKind Kind { get; set; }
    public required string Text { get; set; }
    public DateTime At { get; set; }
    public string? Actor { get; set; }
}

public enum CorrectionKind
{
    /// <summary>Something the article said was wrong, and is now right.</summary>
    Correction,

    /// <summary>Something the article said was right but could be misread, and now says more plainly.</summary>
    Clarification,
}

/// <summary>A slug the article was once published under: its old links answer with a permanent redirect to the new one.</summary>
public class FormerSlug
{
    public required string Slug { get; set; }
    public int ArticleId { get; set; }
}
