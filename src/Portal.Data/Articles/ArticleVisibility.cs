namespace Portal.Data.Articles;

public static class ArticleVisibility
{
    private static readonly ArticleStatus[] UnpublishedStatuses = Enum.GetValues<ArticleStatus>().Where(s => s != ArticleStatus.Published).ToArray();

    /// <summary>Articles a reader may see: published, with a publication time that has come.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= utcNow);

    /// <summary>
    /// Every other article: not published, or published without a time or with one still to come. Written as three
    /// ranges of the (Status, PublishedAt) index, where a plain negation of <see cref="VisibleAt"/> reads the whole index.
    /// </summary>
    public static IQueryable<Article> HiddenAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => UnpublishedStatuses.Contains(a.Status)
            || (a.Status == ArticleStatus.Published && a.PublishedAt == null)
            || (a.Status == ArticleStatus.Published && a.PublishedAt > utcNow));
}
