using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Shared;

namespace Portal.Web.Admin.Agencies;

/// <summary>Every agency and how many photos credit it, by name.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 100;

    public sealed record Row(string Slug, string Name, int Photos);

    public PageOf<Row> Agencies { get; private set; } = new([], 1, PageSize, 0);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 100_000)
        {
            return BadRequest();
        }
        var total = await db.Agencies.CountAsync(cancellationToken);
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).PageAt(page, PageSize)
            .Select(a => new Row(a.Slug, a.Name, db.Images.Count(i => i.Credits.Any(c => c.AgencyId == a.Id))))
            .ToListAsync(cancellationToken);
        Agencies = new(rows, page, PageSize, total);
        return Page();
    }
}
