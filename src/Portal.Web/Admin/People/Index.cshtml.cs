using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Shared;

namespace Portal.Web.Admin.People;

/// <summary>Everyone the news quotes or mentions, by name; found by a part of their name.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(string Slug, string Name, string? Title, int Quotes);

    public PageOf<Row> People { get; private set; } = new([], 1, PageSize, 0);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Pager Pager => new(People.Page, People.HasNext, string.IsNullOrWhiteSpace(Query) ? "/admin/people" : $"/admin/people?q={Uri.EscapeDataString(Query)}", "Previous", "Next");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 100_000 || Query is { Length: > 200 })
        {
            return BadRequest();
        }
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var words = Query.Trim();
            people = people.Where(p => p.Name.Contains(words) || p.Aliases.Any(a => a.Text.Contains(words)));
        }
        var total = await people.CountAsync(cancellationToken);
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).PageAt(page, PageSize)
            .Select(p => new Row(p.Slug, p.Name, p.Title, db.Quotes.Count(q => q.SpeakerId == p.Id)))
            .ToListAsync(cancellationToken);
        People = new(rows, page, PageSize, total);
        return Page();
    }
}
