using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;
using Portal.Web.Credits;
using Portal.Web.Shared;

namespace Portal.Web.Admin.Photos;

/// <summary>The photo library: every photo, newest first, with what it needs before it can be published and where it runs.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    private const int PageSize = 30;

    public sealed record Row(int Id, string Caption, string? AltText, string? FileName, string Credit, int Articles)
    {
        public string? Url => FileName is null ? null : ImageStore.UrlOf(FileName);
    }

    public PageOf<Row> Photos { get; private set; } = new([], 1, PageSize, 0);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 100_000)
        {
            return BadRequest();
        }
        var total = await db.Images.CountAsync(cancellationToken);
        var rows = await db.Images.AsNoTracking().OrderByDescending(i => i.Id).PageAt(page, PageSize)
            .Select(i => new Row(i.Id, i.Caption, i.AltText, i.FileName,
                CreditChain.Line(i.Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name)),
                db.ArticleBlocks.Where(b => b.ImageId == i.Id).Select(b => b.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        Photos = new(rows, page, PageSize, total);
        return Page();
    }
}
