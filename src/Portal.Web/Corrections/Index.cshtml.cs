using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Corrections;

/// <summary>Every correction and clarification the newsroom has printed, newest first, as the foot of each story shows it.</summary>
public sealed class IndexModel(CorrectionQueries corrections) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<CorrectionListing> Corrections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Corrections = await corrections.LatestAsync(Shown, cancellationToken);
}
