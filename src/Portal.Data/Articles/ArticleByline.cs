namespace Portal.Data.Articles;

/// <summary>
/// One name of the article's byline, in the order it is printed: a writer ("Jane Smith") or an agency ("Kyodo News").
/// The slug finds the agency or organisation of that name, whose page the byline then links to.
/// </summary>
public class ArticleByline
{
    public const int NameMaxLength = 80;

    public int ArticleId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    public static string SlugOf(string name) => Portal.Data.Slug.From(name, NameMaxLength);
}
