namespace Portal.Tests.Infrastructure;

/// <summary>The story every new portal is seeded with.</summary>
public static class SeedStory
{
    public const string Slug = "pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit";
}
