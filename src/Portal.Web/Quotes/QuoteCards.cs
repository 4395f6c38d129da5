using Microsoft.Extensions.Options;
using Portal.Web.Hosting;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

/// <summary>Each published quote's share card, the picture its shared link shows (see <see cref="ShareCard"/>).</summary>
public static class QuoteCards
{
    /// <summary>Card text beyond this is cut anyway; reading no further keeps a 20,000-character quote as cheap as a short one.</summary>
    private const int MaxCardText = 600;

    public static string PathOf(int id) => $"/quotes/{id}/card.png";

    public static RouteHandlerBuilder MapQuoteCards(this WebApplication app) =>
        app.MapGet("/quotes/{id:int}/card.png", async (int id, QuoteQueries quotes, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            if (await quotes.PublishedByIdAsync(id, cancellationToken) is not { } quote)
            {
                return Results.NotFound();
            }
            var words = quote.Words.Length > MaxCardText ? quote.Words[..MaxCardText] : quote.Words;
            var by = quote.Source.Name is { } name ? $"— {name}" : null;
            var day = quote.PublishedAt is { } published ? Dates.Text(published) : null;
            return Results.File(ShareCard.Png(site.Value.Name, $"“{words}”", by, day), "image/png");
        });
}
