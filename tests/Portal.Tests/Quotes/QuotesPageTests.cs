using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quotes;

/// <summary>The quotes page: every quote, filtered by who said it and by its words.</summary>
public sealed class QuotesPageTests
{
    [Fact]
    public async Task The_quotes_page_filters_by_speaker_and_words()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var all = await client.GetDocumentAsync("/quotes");
        var trump = await client.GetDocumentAsync("/quotes?speaker=donald-trump");
        var words = await client.GetDocumentAsync("/quotes?q=NORTH+korea");
        var wildcard = await client.GetDocumentAsync("/quotes?q=%25_");

        Assert.Equal(SeedStory.Quotes, all.QuerySelectorAll(".quote-list li").Length);
        Assert.Equal("seeing what’s in the letter.", Assert.Single(trump.QuerySelectorAll(".quote-list blockquote .quoted")).TextContent);
        Assert.Equal(3, words.QuerySelectorAll(".quote-list li").Length);
        Assert.Empty(wildcard.QuerySelectorAll(".quote-list li"));
        Assert.Equal("donald-trump", trump.QuerySelector("#speaker option[selected]")!.GetAttribute("value"));
    }
}
