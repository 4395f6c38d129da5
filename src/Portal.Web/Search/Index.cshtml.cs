using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Web.People;
using Portal.Web.Quotes;

namespace Portal.Web.Search;

public sealed class IndexModel(SearchQueries search, PersonQueries people, QuoteQueries quotes) : PageModel
{
    private const int PageSize = 20;
    private const int PeopleShown = 5;
    private const int QuotesShown = 5;

    public string Query { get; private set; } = "";
    public SearchResults Results { get; private set; } = new([], 1, false);

    /// <summary>People whose names have the words, and quotes that have them: on the first page, above the articles.</summary>
    public IReadOnlyList<PersonProfile> People { get; private set; } = [];

    public IReadOnlyList<QuoteListItem> Quotes { get; private set; } = [];

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
        if (pageNumber == 1 && Query.Length > 0)
        {
            People = (await people.ListAsync(1, PeopleShown, cancellationToken, search: Query)).Items;
            Quotes = (await quotes.SearchAsync(new QuoteFilter(Words: Query), 1, QuotesShown, cancellationToken)).Items;
        }
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
