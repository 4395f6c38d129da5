using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Authors;

/// <summary>A writer's public page: their name, role and biography, and the stories that carry their byline.</summary>
public sealed class ShowModel(PortalDbContext db, ArticleQueries queries, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 20;

    public AuthorProfile Author { get; private set; } = null!;

    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/authors/{Author.Slug}";

    public string StructuredData => JsonLd.Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "ProfilePage",
        ["url"] = CanonicalUrl,
        ["mainEntity"] = new JsonObject
        {
            ["@type"] = "Person",
            ["@id"] = CanonicalUrl + "#person",
            ["name"] = Author.Name,
            ["jobTitle"] = Author.Role,
            ["description"] = Author.Bio,
            ["worksFor"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = site.Value.Name, ["url"] = site.Value.BaseUrl(Request) + "/" },
        },
    });

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1 || await db.AuthorProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken) is not { } author)
        {
            return NotFound();
        }
        Author = author;
        Articles = await queries.ListAsync(new ArticleFilter { BylineSlug = slug }, pageNumber, PageSize, cancellationToken);
        HttpContext.TagResponse([ReaderCache.AuthorTag(slug)]);
        return pageNumber > 1 && Articles.Items.Count == 0 ? NotFound() : Page();
    }
}
