using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Articles;
using Portal.Web.Hosting;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.People;

public sealed class ShowModel(PersonQueries people, QuoteQueries quotes, ArticleQueries articles, IOptions<SiteOptions> site) : PageModel
{
    private const int PageSize = 25;

    public PersonProfile Person { get; private set; } = null!;
    public PageOf<QuoteListItem> Quotes { get; private set; } = null!;
    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public string CanonicalUrl => $"{site.Value.BaseUrl(Request)}/people/{Person.Slug}";

    public string StructuredData => JsonLd.Serialize(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Person",
        ["@id"] = CanonicalUrl + "#person",
        ["url"] = CanonicalUrl,
        ["name"] = Person.Name,
        ["jobTitle"] = Person.Title,
        ["description"] = Person.Description,
        ["affiliation"] = Person.Organisation is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = Person.Organisation },
    });

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        if (pageNumber < 1 || await people.BySlugAsync(slug, cancellationToken) is not { } person)
        {
            return NotFound();
        }
        Person = person;
        Quotes = await quotes.SearchAsync(new QuoteFilter(person.Slug), pageNumber, PageSize, cancellationToken);
        Articles = await articles.ListAsync(new ArticleFilter(PersonId: person.Id), 1, PageSize, cancellationToken);
        return pageNumber > 1 && Quotes.Items.Count == 0 ? NotFound() : Page();
    }
}
