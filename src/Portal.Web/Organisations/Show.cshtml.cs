using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Web.Hosting;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.Organisations;

/// <summary>An organisation as readers see it: everything published articles quote it saying, newest first.</summary>
public sealed class ShowModel(PortalDbContext db, QuoteQueries quotes, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 25;

    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PageOf<QuoteListItem> Quotes { get; private set; } = null!;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/organisations/{Slug}";

    public string StructuredData => JsonLd.Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["@id"] = CanonicalUrl + "#organisation",
        ["url"] = CanonicalUrl,
        ["name"] = Name,
    });

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Slug, o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (pageNumber < 1 || organisation is null)
        {
            return NotFound();
        }
        (Slug, Name) = (organisation.Slug, organisation.Name);
        Quotes = await quotes.SearchAsync(new QuoteFilter(Organisation: slug), pageNumber, PageSize, cancellationToken);
        return pageNumber > 1 && Quotes.Items.Count == 0 ? NotFound() : Page();
    }
}
