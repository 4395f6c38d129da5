using System.Net;
using System.Text.Json;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Credits;

/// <summary>Which agencies' photos we run, and each photo's credit chain, through the API.</summary>
public sealed class CreditsApiTests
{
    [Fact]
    public async Task Agencies_most_credited_first()
    {
        using var factory = new PortalFactory();

        using var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/agencies"));

        var agencies = body.RootElement.GetProperty("items").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("images").GetInt32())).ToList();
        Assert.Equal([("Kyodo", 2), ("Getty", 1), ("KCNA", 1), ("UPI", 1)], agencies);
    }

    [Fact]
    public async Task An_agencys_images_carry_their_whole_chain_and_articles()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        using var kcna = JsonDocument.Parse(await client.GetStringAsync("/api/agencies/kcna/images"));
        var unknown = await client.GetAsync("/api/agencies/reuters/images");

        var image = Assert.Single(kcna.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Kim Jong Un, right, and Mike Pompeo", image.GetProperty("caption").GetString());
        Assert.Equal(["KCNA", "UPI", "Kyodo"], image.GetProperty("credit").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("KCNA / UPI / Kyodo", image.GetProperty("creditLine").GetString());
        Assert.Equal(SeedStory.Slug, Assert.Single(image.GetProperty("articles").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Images_of_unpublished_articles_stay_hidden()
    {
        using var factory = new PortalFactory();
        await Stories.AddAsync(factory, "Text.\n\n(A secret photo)\n[AFP]", "Draft with photo", ArticleStatus.Draft);
        var client = factory.CreateClient();

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/images"));
        var ids = all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var first = await client.GetAsync($"/api/images/{ids[0]}");
        var hidden = await client.GetAsync($"/api/images/{ids.Max() + 1}");

        Assert.Equal(2, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("AFP", await client.GetStringAsync("/api/agencies"));
    }
}
