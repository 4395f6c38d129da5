using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Admin.Articles;

/// <summary>Every article, newest first, by status; paged by primary key so it stays fast however many there are.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(string Slug, string Headline, ArticleStatus Status, DateTime UpdatedAt, DateTime? PublishedAt);

    public PageOf<Row> Articles { get; private set; } = new([], 1, PageSize, 0);

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 100_000)
        {
            return BadRequest();
        }
        var articles = db.Articles.AsNoTracking();
        if (Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }
        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles.OrderByDescending(a => a.Id).PageAt(page, PageSize)
            .Select(a => new Row(a.Slug, a.Headline, a.Status, a.UpdatedAt, a.PublishedAt))
            .ToListAsync(cancellationToken);
        Articles = new(rows, page, PageSize, total);
        return Page();
    }
}
