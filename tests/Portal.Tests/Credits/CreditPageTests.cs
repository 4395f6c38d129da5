using Portal.Tests.Infrastructure;

namespace Portal.Tests.Credits;

/// <summary>An agency's page: the photos it is credited on, with their credit chains.</summary>
public sealed class CreditPageTests
{
    [Fact]
    public async Task A_credit_page_shows_the_agencys_photos_with_their_chains()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var kyodo = await client.GetDocumentAsync("/credits/kyodo");
        var kcna = await client.GetDocumentAsync("/credits/kcna");

        Assert.Equal(SeedStory.Photos, kyodo.QuerySelectorAll(".credit-list > li").Length);
        var photo = Assert.Single(kcna.QuerySelectorAll(".credit-list > li"));
        Assert.Contains("Kim Jong Un, right, and Mike Pompeo", photo.TextContent);
        Assert.Equal(["/credits/kcna", "/credits/upi", "/credits/kyodo"], photo.QuerySelectorAll(".credit a").Select(a => a.GetAttribute("href")));
        await client.GetDocumentAsync("/credits/reuters", 404);
    }
}
