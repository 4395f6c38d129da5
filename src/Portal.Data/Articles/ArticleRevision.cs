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
    public const int BylineMaxLength = 1_000;
    public const int BodyMaxLength = 200_000;
    public const int RecordsMaxLength = 1_000_000;

    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>1 for the article's first save, then counting up.</summary>
    public int Number { get; set; }

    public DateTime At { get; set; }
    public string? Actor { get; set; }

    /// <summary>What this save changed, in words: "created", "headline, body", "published", "restored revision 3".</summary>
    public required string Change { get; set; }

    /// <summary>The text as it stood; its columns are today's Headline … Body (see the configuration).</summary>
    public required ArticleText Text { get; set; }

    public ArticleStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>
    /// The quotes' sources and the photos as they stood, as JSON (see <see cref="Kept"/>); null on revisions saved before
    /// they were kept, and on those of a story whose records would be longer than <see cref="RecordsMaxLength"/>.
    /// </summary>
    public string? Records { get; set; }

    /// <summary>The quotes' sources and the photos as they stood; null on revisions saved before they were kept.</summary>
    public RevisionRecords? Kept => RevisionRecords.FromJson(Records);

    /// <summary>The article as it stands now, with its body as wire text and its quotes' sources and photos, as revision <paramref name="number"/>.</summary>
    public static ArticleRevision Of(Article article, string body, RevisionRecords records, int number, DateTime at, string? actor, string change) => new()
    {
        Article = article,
        Number = number,
        At = at,
        Actor = actor,
        Change = change.Length > ChangeMaxLength ? change[..ChangeMaxLength] : change,
        Text = article.Text(body),
        Status = article.Status,
        PublishedAt = article.PublishedAt,
        // A story of thousands of quotes keeps its text only, like revisions from before records were kept.
        Records = records.ToJson() is { Length: <= RecordsMaxLength } json ? json : null,
    };
}
