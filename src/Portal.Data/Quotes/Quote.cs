using Portal.Data.Articles;
using Portal.Data.People;

namespace Portal.Data.Quotes;

public class Quote : IVersioned
{
    public const int TextMaxLength = 4_000;

    public int Id { get; set; }
    /// <summary>The words exactly as they stand between the quotation marks.</summary>
    public required string Text { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int BlockId { get; set; }
    public ArticleBlock Block { get; set; } = null!;
    /// <summary>Where the quoted words start in the block's text (after the opening mark).</summary>
    public int Offset { get; set; }
    /// <summary>Order of the quote within its article.</summary>
    public int Position { get; set; }
    /// <summary>True for a few words embedded in reported speech ("real progress"), false for a full quotation.</summary>
    public bool IsFragment { get; set; }
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public long Version { get; set; }
}
