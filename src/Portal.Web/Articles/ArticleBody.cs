using Portal.Data.Articles;
using Portal.Web.Imports;

namespace Portal.Web.Articles;

/// <summary>
/// An article's blocks written back as the wire text editors edit and the importer reads. A photo with an
/// uploaded file is named by reference (<c>{photo 42: caption [credit]}</c>): its caption and credit are edited with
/// the photo, and the reference keeps the body linked to that very file.
/// </summary>
public static class ArticleBody
{
    public static string WireText(IEnumerable<ArticleBlock> blocks) => string.Join("\n\n", blocks
        .OrderBy(b => b.Position)
        .Select(b => b.Image switch
        {
            { FileName: not null } photo => WireBlocks.PhotoLine(photo),
            { } image => $"({image.Caption})\n[{string.Join("/", image.Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name))}]",
            null => b.Text,
        }));

    /// <summary>
    /// The body with each photo's lines as they were before a review (<paramref name="figures"/>) written as the photo
    /// stands after it: the caption and credit reviewed, or the reference of a file just attached. Left as the editor
    /// typed them, the old lines would read as another photo.
    /// </summary>
    public static string Refigured(string body, IReadOnlyDictionary<ArticleBlock, string> figures, IEnumerable<ArticleBlock> blocks)
    {
        var now = blocks.Where(figures.ContainsKey).GroupBy(b => figures[b]).ToDictionary(g => g.Key, g => WireText([g.First()]));
        return string.Join("\n\n", body.Split("\n\n").Select(paragraph => now.GetValueOrDefault(paragraph) ?? paragraph));
    }
}
