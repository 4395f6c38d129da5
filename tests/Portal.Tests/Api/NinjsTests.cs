using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Api;

/// <summary>The seed story as an IPTC ninjs 2.1 item: valid against the standard's rules and faithful to the story.</summary>
public sealed class NinjsTests
{
    /// <summary>Loaded once: the schema library refuses a second registration of its id.</summary>
    internal static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Api", "ninjs-2.1.schema.json"));

    [Fact]
    public async Task The_seed_story_is_a_valid_ninjs_item_with_its_people_place_and_photo_credits()
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync($"/api/articles/{SeedStory.Slug}/ninjs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var json = await response.Content.ReadAsStringAsync();
        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result));
        var item = JsonNode.Parse(json)!;
        Assert.Equal("text", (string?)item["type"]);
        Assert.Equal("usable", (string?)item["pubstatus"]);
        Assert.Equal("New York", (string?)item["located"]);
        Assert.StartsWith("Pompeo says", (string?)item["headlines"]![0]!["value"]);
        Assert.Contains("Kim Yong Chol", (string?)item["bodies"]![0]!["value"]);
        var people = item["people"]!.AsArray().Select(p => ((string?)p!["name"], (string?)p["rel"])).ToList();
        Assert.Contains(("Mike Pompeo", "quoted"), people);
        Assert.Equal(SeedStory.People, people.Count);
        var photos = item["associations"]!.AsArray();
        Assert.Equal(SeedStory.Photos, photos.Count);
        Assert.All(photos, photo => Assert.Equal("picture", (string?)photo!["type"]));
        Assert.Equal("KCNA / UPI / Kyodo", (string?)photos[1]!["by"]);
        Assert.Equal("Kyodo", (string?)photos[1]!["copyrightholder"]);
        Assert.Equal(["KCNA", "UPI", "Kyodo"], photos[1]!["infosources"]!.AsArray().Select(s => (string?)s!["name"]));
    }

    [Fact]
    public void The_schema_in_the_test_refuses_what_ninjs_refuses()
    {
        var invalid = JsonDocument.Parse("""{"uri":"not a uri","type":"article","associations":[{"uri":"https://x.example/1"}],"unknown":1}""").RootElement;

        var result = Schema.Evaluate(invalid, new EvaluationOptions { RequireFormatValidation = true });

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task Drafts_have_no_public_ninjs()
    {
        using var factory = new PortalFactory();
        var slug = await Stories.AddAsync(factory, "A draft.", "Not yet", Portal.Data.Articles.ArticleStatus.Draft);

        var response = await factory.CreateClient().GetAsync($"/api/articles/{slug}/ninjs");

        await response.ProblemAsync(404);
    }
}
