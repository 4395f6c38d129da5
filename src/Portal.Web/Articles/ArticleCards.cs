using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>The share card of a published story without a photo: its headline, byline and day (see <see cref="ShareCard"/>).</summary>
public static class ArticleCards
{
    public static string PathOf(string slug) => $"/articles/{slug}/card.png";

    public static RouteHandlerBuilder MapArticleCards(this WebApplication app) =>
        app.MapGet("/articles/{slug}/card.png", async (string slug, ArticleQueries articles, IOptions<SiteOptions> site, HttpContext context,
            CancellationToken cancellationToken) =>
        {
            if (await articles.PublishedBySlugAsync(slug, cancellationToken) is not { } article)
            {
                return Results.NotFound();
            }
            context.TagResponse(ReaderCache.TagsFor(article));
            var byline = article.Byline.Count > 0 ? "By " + string.Join(", ", article.Byline.Select(b => b.Name)) : article.Section;
            var day = article.PublishedAt is { } published ? Dates.Text(published) : null;
            return Results.File(ShareCard.Png(site.Value.Name, article.Headline, byline, day), "image/png");
        });
}
