using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

/// <summary>One quote on its own page: the words, whose they are, the sentence the story gave them, and the story.</summary>
public sealed class ShowModel(QuoteQueries quotes, IOptions<SiteOptions> site) : PageModel
{
    public QuoteListItem Quote { get; private set; } = null!;

    public string SiteName => site.Value.Name;

    public string CanonicalUrl => site.Value.BaseUrl(Request) + Quote.Page;

    public string CardUrl => site.Value.BaseUrl(Request) + QuoteCards.PathOf(Quote.Id);

    /// <summary>"Mike Pompeo in “Pompeo upbeat on summit”": the page's title and the card's description.</summary>
    public string Title => Quote.Source.Name is { } name ? $"{name}: “{Quote.Excerpt}”" : $"“{Quote.Excerpt}”";

    public string StructuredData
    {
        get
        {
            var baseUrl = site.Value.BaseUrl(Request);
            var quotation = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Quotation",
                ["@id"] = CanonicalUrl,
                ["url"] = CanonicalUrl,
                ["text"] = Quote.Words,
                ["image"] = CardUrl,
                ["datePublished"] = Quote.PublishedAt is { } published ? Dates.Iso(published) : null,
                ["creator"] = ArticleStructuredData.CreatorOf(Quote.Source, baseUrl),
                ["isPartOf"] = new JsonObject { ["@type"] = "NewsArticle", ["@id"] = $"{baseUrl}/articles/{Quote.ArticleSlug}#article", ["headline"] = Quote.ArticleHeadline },
            };
            return JsonLd.Serialize(quotation);
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await quotes.PublishedByIdAsync(id, cancellationToken) is not { } quote)
        {
            return NotFound();
        }
        Quote = quote;
        return Page();
    }
}
