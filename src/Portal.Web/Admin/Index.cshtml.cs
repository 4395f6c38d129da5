using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Admin;

/// <summary>The newsroom's home: the work waiting for whoever signs in, then where everything else is.</summary>
public sealed class IndexModel(NewsroomDesk desk) : PageModel
{
    public Desk Desk { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Desk = await desk.ForAsync(User, cancellationToken);
}
