using System.Net;
using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;
using SkiaSharp;

namespace Portal.Tests.Quotes;

/// <summary>Each quote's own page and the share card its link shows.</summary>
public sealed class QuotePageTests
{
    [Fact]
    public async Task A_quote_has_a_page_with_its_words_its_speaker_its_sentence_and_its_story_and_shares_as_its_card()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var id = await TrumpsQuoteIdAsync(client);

        var page = await client.GetDocumentAsync($"/quotes/{id}");

        Assert.Equal("“seeing what’s in the letter.”", page.QuerySelector(".quote-words")!.TextContent.Trim());
        Assert.Equal("/people/donald-trump", page.QuerySelector(".quote-source a")!.GetAttribute("href"));
        Assert.StartsWith("He also said he expects to receive a letter", page.QuerySelector(".quote-context")!.TextContent);
        Assert.Equal($"/articles/{SeedStory.Slug}", page.QuerySelector(".quote-page .meta a")!.GetAttribute("href"));
        Assert.EndsWith($"/quotes/{id}/card.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        var quotation = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Quotation", quotation.GetProperty("@type").GetString());
        Assert.Equal("Donald Trump", quotation.GetProperty("creator").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_share_card_is_a_1200_by_630_png_with_the_words_drawn_on_it()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var id = await TrumpsQuoteIdAsync(client);

        var response = await client.GetAsync($"/quotes/{id}/card.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var card = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (card.Width, card.Height));
        // The words are set in dark ink on light paper: a card whose font failed to load would have none.
        var inked = 0;
        for (var y = 150; y < 500; y += 2)
        {
            for (var x = 72; x < 1128; x += 2)
            {
                inked += card.GetPixel(x, y).Red < 80 ? 1 : 0;
            }
        }
        Assert.InRange(inked, 500, 60_000);
    }

    [Fact]
    public async Task A_quote_of_a_draft_or_one_that_does_not_exist_has_neither_page_nor_card()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, "\"We will not sign,\" Foreign Minister Aiko Tanaka said.", "Tanaka will not sign", ArticleStatus.Draft);
        var api = await factory.EditorApiAsync();
        var draftQuote = (await (await api.GetAsync($"/api/articles/{slug}")).JsonAsync()).GetProperty("quotes")[0].GetProperty("id").GetInt32();
        var client = factory.CreateClient();

        foreach (var path in new[] { $"/quotes/{draftQuote}", $"/quotes/{draftQuote}/card.png", "/quotes/999999", "/quotes/999999/card.png" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    private static async Task<int> TrumpsQuoteIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/quotes?speaker=donald-trump")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetInt32();
}
