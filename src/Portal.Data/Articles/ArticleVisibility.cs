namespace Portal.Data.Articles;

public static class ArticleVisibility
{
    /// <summary>Articles a reader may see: published, with a publication time that has come.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= utcNow);
}
