using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Search;

public sealed class IndexModel(SearchQueries search) : PageModel
{
    private const int PageSize = 20;

    public string Query { get; private set; } = "";
    public SearchResults Results { get; private set; } = new([], 1, false);

    public string ListUrl => QueryHelpers.AddQueryString("/search", "q", Query);

    public async Task<IActionResult> OnGetAsync(string? q, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1)
        {
            return NotFound();
        }
        var query = (q ?? "").Trim();
        Query = query.Length > SearchTerms.MaxQueryLength ? query[..SearchTerms.MaxQueryLength] : query;
        Results = await search.SearchAsync(Query, pageNumber, PageSize, cancellationToken);
        return Page();
    }

    /// <summary>A snippet with the matched words in &lt;mark&gt;; the text itself is always encoded.</summary>
    public static IHtmlContent Highlight(string snippet)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in snippet.Split(SearchQueries.MarkStart))
        {
            var end = piece.IndexOf(SearchQueries.MarkEnd);
            if (end < 0)
            {
                html.Append(piece);
                continue;
            }
            html.AppendHtml("<mark>").Append(piece[..end]).AppendHtml("</mark>").Append(piece[(end + 1)..]);
        }
        return html;
    }
}
