using System.Security.Claims;
using Portal.Data.Accounts;
using Portal.Data.Articles;

namespace Portal.Web.Articles;

/// <summary>What each newsroom role may do to an article: editors and admins anything; writers their own drafts.</summary>
public static class ArticleAccess
{
    public static bool IsEditor(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor);

    public static bool CanEdit(this ClaimsPrincipal user, Article article) =>
        user.IsEditor() || (article.Status == ArticleStatus.Draft && article.CreatedById is not null
            && article.CreatedById == user.FindFirstValue(ClaimTypes.NameIdentifier));

    /// <summary><see cref="CanEdit"/> as a query: the articles this account may edit.</summary>
    public static IQueryable<Article> EditableBy(this IQueryable<Article> articles, ClaimsPrincipal user)
    {
        if (user.IsEditor())
        {
            return articles;
        }
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return articles.Where(a => a.Status == ArticleStatus.Draft && a.CreatedById != null && a.CreatedById == id);
    }

    public static bool CanPublish(this ClaimsPrincipal user) => user.IsEditor();

    public static bool CanDelete(this ClaimsPrincipal user, Article article) => user.CanEdit(article);
}
