using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>What a shared link shows: the story's first photo with a file, large, or without one the story's card.</summary>
public sealed class SharedLinkTests
{
    [Fact]
    public async Task A_story_with_a_photo_file_is_shared_with_that_photo_large()
    {
        using var factory = new PortalFactory();
        var (slug, image) = await Photos.StoryWithPhotoFileAsync(factory, altText: "Two ferries at a quay");

        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{slug}");

        Assert.Equal("http://localhost" + image.GetProperty("url").GetString(), page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("Two ferries at a quay", page.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_story_whose_photos_have_no_file_is_shared_with_its_card_and_a_draft_has_none()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var draft = await Stories.AddAsync(factory, "The talks resumed on Monday.", "Talks resume", Portal.Data.Articles.ArticleStatus.Draft);

        var page = await client.GetDocumentAsync($"/articles/{SeedStory.Slug}");
        var card = await client.GetAsync($"/articles/{SeedStory.Slug}/card.png");

        Assert.Equal($"http://localhost/articles/{SeedStory.Slug}/card.png", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal(SeedStory.Headline, page.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.Equal(System.Net.HttpStatusCode.OK, card.StatusCode);
        using var bitmap = SkiaSharp.SKBitmap.Decode(await card.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{draft}/card.png")).StatusCode);
    }
}
