using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>The published articles of a tag (/tags/{slug}) or a section (/sections/{slug}).</summary>
public sealed class ListingModel(ArticleQueries queries, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 20;

    public string Name { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public string ListUrl { get; private set; } = "";
    public string? FeedUrl { get; private set; }
    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public string CanonicalUrl => site.Value.BaseUrl(Request) + ListUrl;

    public async Task<IActionResult> OnGetAsync(string kind, string slug, [FromQuery(Name = "page")] int pageNumber = 1,
        CancellationToken cancellationToken = default)
    {
        var isTag = kind == "tags";
        var name = pageNumber < 1 ? null
            : isTag ? await queries.TagNamedAsync(slug, cancellationToken)
            : await queries.SectionNamedAsync(slug, cancellationToken);
        if (name is null)
        {
            return NotFound();
        }
        Name = name;
        Heading = isTag ? $"Tagged “{name}”" : name;
        ListUrl = $"/{kind}/{slug}";
        FeedUrl = isTag ? $"/tags/{slug}/feed.xml" : null;
        Articles = await queries.ListAsync(isTag ? new ArticleFilter(TagSlug: slug) : new ArticleFilter(Section: name),
            pageNumber, PageSize, cancellationToken);
        return Articles.Items.Count == 0 ? NotFound() : Page();
    }
}
