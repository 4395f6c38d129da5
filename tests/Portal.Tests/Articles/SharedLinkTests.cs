using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>What a shared link shows: the story's first photo with a file, large, or a summary without one.</summary>
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
    public async Task A_story_whose_photos_have_no_file_is_shared_as_a_summary()
    {
        using var factory = new PortalFactory();

        var page = await factory.CreateClient().GetDocumentAsync($"/articles/{SeedStory.Slug}");

        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }
}
