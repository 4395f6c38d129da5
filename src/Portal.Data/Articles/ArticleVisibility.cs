using System.Linq.Expressions;
using Portal.Data.Quotes;

namespace Portal.Data.Articles;

/// <summary>What readers may see, defined once: in LINQ for articles and for quotes, and in SQL for the queries written by hand.</summary>
public static class ArticleVisibility
{
    private static readonly ArticleStatus[] UnpublishedStatuses = Enum.GetValues<ArticleStatus>().Where(s => s != ArticleStatus.Published).ToArray();

    /// <summary>Articles a reader may see: published, with a publication time that has come.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= utcNow);

    /// <summary>Quotes of articles a reader may see.</summary>
    public static Expression<Func<Quote, bool>> QuoteVisibleAt(DateTime utcNow) =>
        q => q.Article.Status == ArticleStatus.Published && q.Article.PublishedAt <= utcNow;

    /// <summary>
    /// The same rule as SQL for the article of table alias <paramref name="alias"/>, with <paramref name="now"/> the
    /// parameter that holds the time: <c>a."Status" = 'Published' AND a."PublishedAt" &lt;= @now</c>.
    /// </summary>
    public static string Sql(string alias, string now = "@now") =>
        $"{alias}.\"{nameof(Article.Status)}\" = '{nameof(ArticleStatus.Published)}' AND {alias}.\"{nameof(Article.PublishedAt)}\" <= {now}";

    /// <summary>
    /// Every other article: not published, or published without a time or with one still to come. Written as three
    /// ranges of the (Status, PublishedAt) index, where a plain negation of <see cref="VisibleAt"/> reads the whole index.
    /// </summary>
    public static IQueryable<Article> HiddenAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => UnpublishedStatuses.Contains(a.Status)
            || (a.Status == ArticleStatus.Published && a.PublishedAt == null)
            || (a.Status == ArticleStatus.Published && a.PublishedAt > utcNow));
}
