using Portal.Data.Articles;
using Portal.Web.Imports;

namespace Portal.Web.Articles;

/// <summary>
/// An article's blocks written back as the wire text editors edit and the importer reads. A photo with an
/// uploaded file is named by reference (<c>{photo 42}</c>): its caption and credit are edited with the photo,
/// and the reference keeps the body linked to that very file.
/// </summary>
public static class ArticleBody
{
    public static string WireText(IEnumerable<ArticleBlock> blocks) => string.Join("\n\n", blocks
        .OrderBy(b => b.Position)
        .Select(b => b.Image switch
        {
            { FileName: not null } photo => WireBlocks.PhotoLine(photo.Id),
            { } image => $"({image.Caption})\n[{string.Join("/", image.Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name))}]",
            null => b.Text,
        }));
}
