using Portal.Data.Credits;

namespace Portal.Data.Articles;

/// <summary>
/// One piece of an article body, in order: a paragraph of text or a figure.
/// The body is rendered from these blocks, never from stored HTML.
/// </summary>
public class ArticleBlock
{
    public const int TextMaxLength = 20_000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public BlockKind Kind { get; set; }
    public string? Text { get; set; }
    public int? ImageId { get; set; }
    public Image? Image { get; set; }

    public static ArticleBlock Paragraph(int position, string text) =>
        new() { Position = position, Kind = BlockKind.Paragraph, Text = text };

    public static ArticleBlock Figure(int position, Image image) =>
        new() { Position = position, Kind = BlockKind.Figure, Image = image };
}

public enum BlockKind
{
    Paragraph,
    Figure,
}
