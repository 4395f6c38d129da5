using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.Home;

public sealed class IndexModel(ArticleQueries queries, QuoteQueries quotes, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 20;
    private const int SpeakersShown = 4;

    public PageOf<ArticleSummary> Articles { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>The most quoted people of late, each with their newest quote; on the first page only.</summary>
    public IReadOnlyList<QuoteListItem> WhoSaidWhat { get; private set; } = [];

    public string CanonicalUrl => site.Value.BaseUrl(Request) + (Articles.Page == 1 ? "/" : $"/?page={Articles.Page}");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }
        Articles = await queries.ListAsync(new ArticleFilter(), pageNumber, PageSize, cancellationToken);
        if (pageNumber == 1)
        {
            WhoSaidWhat = await quotes.WhoSaidWhatAsync(SpeakersShown, cancellationToken);
        }
        return pageNumber > 1 && Articles.Items.Count == 0 ? NotFound() : Page();
    }
}
