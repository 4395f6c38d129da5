using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

public sealed class IndexModel(QuoteQueries quotes, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 30;

    public string? Speaker { get; private set; }
    public string? Words { get; private set; }
    public List<Speaker> Speakers { get; private set; } = [];
    public PageOf<QuoteListItem> Quotes { get; private set; } = null!;

    public string ListUrl => QueryHelpers.AddQueryString("/quotes",
        new Dictionary<string, string?> { ["speaker"] = Speaker, ["q"] = Words }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public string CanonicalUrl => site.Value.BaseUrl(Request) + ListUrl;

    public async Task<IActionResult> OnGetAsync(string? speaker, string? q, [FromQuery(Name = "page")] int pageNumber = 1,
        CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }
        Speaker = speaker?.Trim();
        Words = q is { Length: > QuoteQueries.MaxSearchLength } ? q[..QuoteQueries.MaxSearchLength] : q?.Trim();
        Speakers = await quotes.SpeakersAsync(cancellationToken);
        Quotes = await quotes.SearchAsync(new QuoteFilter(Speaker, Words), pageNumber, PageSize, cancellationToken);
        return pageNumber > 1 && Quotes.Items.Count == 0 ? NotFound() : Page();
    }
}
