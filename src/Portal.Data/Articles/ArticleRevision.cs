namespace Portal.Data.Articles;

/// <summary>
/// An article as it stood after one save: every field an editor changes, with the body in the wire text
/// format the editor edits. Revisions are only ever added; restoring one adds a new revision.
/// </summary>
public class ArticleRevision
{
    public const int ActorMaxLength = 256;
    public const int ChangeMaxLength = 300;
    public const int TagsMaxLength = 2_000;
    public const int BodyMaxLength = 200_000;

    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>1 for the article's first save, then counting up.</summary>
    public int Number { get; set; }

    public DateTime At { get; set; }
    public string? Actor { get; set; }

    /// <summary>What this save changed, in words: "created", "headline, body", "published", "restored revision 3".</summary>
    public required string Change { get; set; }

    public required string Headline { get; set; }
    public string? Standfirst { get; set; }
    public string? Dateline { get; set; }
    public string? Section { get; set; }

    /// <summary>Tag names, one per line.</summary>
    public string Tags { get; set; } = "";

    public required string Body { get; set; }
    public ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
}
