using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Hosting;

namespace Portal.Web.Articles;

public sealed class ShowModel(ArticleQueries queries, IOptions<SiteOptions> site) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public string SiteName => site.Value.Name;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/articles/{Article.Slug}";

    /// <summary>The first photo with a file, as shared links show it; null when the story has none.</summary>
    public ImageItem? LeadPhoto => Article.LeadPhoto();

    public string? LeadPhotoUrl => LeadPhoto is { Url: { } url } ? site.Value.BaseUrl(Request) + url : null;

    /// <summary>The picture a shared link shows: the lead photo, or without one the story's card.</summary>
    public string ShareImageUrl => LeadPhotoUrl ?? site.Value.BaseUrl(Request) + ArticleCards.PathOf(Article.Slug);

    public string StructuredData => ArticleStructuredData.For(Article, site.Value.BaseUrl(Request), site.Value.Name);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await queries.PublishedBySlugAsync(slug, cancellationToken) is not { } article)
        {
            return await queries.RenamedFromAsync(slug, includeUnpublished: false, cancellationToken) is { } renamed
                ? RedirectPermanent($"/articles/{renamed}")
                : NotFound();
        }
        Article = article;
        HttpContext.TagResponse(ReaderCache.TagsFor(article));
        return Page();
    }
}
