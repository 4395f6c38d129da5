using Portal.Data.Articles;

namespace Portal.Web.Articles;

/// <summary>An article's blocks written back as the wire text editors edit and the importer reads.</summary>
public static class ArticleBody
{
    public static string WireText(IEnumerable<ArticleBlock> blocks) => string.Join("\n\n", blocks
        .OrderBy(b => b.Position)
        .Select(b => b.Image is { } image
            ? $"({image.Caption})\n[{string.Join("/", image.Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name))}]"
            : b.Text));
}
