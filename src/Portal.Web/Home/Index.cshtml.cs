using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Articles;

namespace Portal.Web.Home;

public sealed class IndexModel(ArticleQueries queries) : PageModel
{
    private const int PageSize = 20;

    public PageOf<ArticleSummary> Articles { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }
        Articles = await queries.PublishedAsync(pageNumber, PageSize, cancellationToken);
        return pageNumber > 1 && Articles.Items.Count == 0 ? NotFound() : Page();
    }
}
