namespace Portal.Data.Accounts;

/// <summary>
/// A newsroom account's public author page: the name bylines print, a role and a short biography. The slug is the
/// name's, the one a byline of that name has (see <see cref="Articles.ArticleByline"/>), so bylines link to the page.
/// An account without one has no public page.
/// </summary>
public class AuthorProfile
{
    public const int RoleMaxLength = 100;
    public const int BioMaxLength = 600;

    public required string UserId { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Bio { get; set; }
    public DateTime UpdatedAt { get; set; }
}
