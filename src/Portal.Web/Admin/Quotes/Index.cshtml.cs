using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.Admin.Quotes;

/// <summary>Every quote, drafts included, newest article first; by speaker, by words or by article.</summary>
public sealed class IndexModel(QuoteQueries quotes) : PageModel
{
    private const int PageSize = 50;

    public PageOf<QuoteListItem> Quotes { get; private set; } = new([], 1, PageSize, 0);

    [BindProperty(SupportsGet = true)]
    public string? Speaker { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Article { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Pager Pager => new(Quotes.Page, Quotes.HasNext, QueryHelpers.AddQueryString("/admin/quotes",
        new Dictionary<string, string?> { ["speaker"] = Speaker, ["q"] = Words, ["article"] = Article }.Where(p => !string.IsNullOrEmpty(p.Value))));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page is < 1 or > 100_000 || Words is { Length: > QuoteQueries.MaxSearchLength } || Speaker is { Length: > 200 } || Article is { Length: > 200 })
        {
            return BadRequest();
        }
        Quotes = await quotes.SearchAsync(new QuoteFilter(Speaker, Words, Article) { IncludeUnpublished = true }, page, PageSize, cancellationToken);
        return Page();
    }
}
