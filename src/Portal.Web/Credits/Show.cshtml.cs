using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Credits;

public sealed class ShowModel(CreditQueries credits, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 24;

    public AgencyProfile Agency { get; private set; } = null!;
    public PageOf<CreditedImage> Images { get; private set; } = null!;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/credits/{Agency.Slug}";

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1 || await credits.AgencyAsync(agency, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Agency = found;
        Images = await credits.ImagesAsync(found.Id, pageNumber, PageSize, cancellationToken);
        return pageNumber > 1 && Images.Items.Count == 0 ? NotFound() : Page();
    }
}
