using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Web.Accounts;
using Portal.Web.Shared;

namespace Portal.Web.Admin;

[Authorize(Policy = Policies.Admins)]
public sealed class AuditModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 50;

    public PageOf<AuditEntry> Entries { get; private set; } = new([], 1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return BadRequest();
        }
        var total = await db.AuditEntries.CountAsync(cancellationToken);
        var items = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).PageAt(page, PageSize).ToListAsync(cancellationToken);
        Entries = new(items, page, PageSize, total);
        return Page();
    }
}
