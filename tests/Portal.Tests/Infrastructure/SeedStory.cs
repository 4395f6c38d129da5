namespace Portal.Tests.Infrastructure;

/// <summary>The story every new portal is seeded with.</summary>
public static class SeedStory
{
    public const string Slug = "pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit";

    public const string Headline = "Pompeo says U.S. and North Korea are moving ‘in the right direction’ toward a summit";

    public const int Paragraphs = 17;

    /// <summary>Both credited to Kyodo; one, the second, to KCNA and UPI before it.</summary>
    public const int Photos = 2;

    /// <summary>Mike Pompeo and Donald Trump, quoted; Kim Yong Chol and Kim Jong Un, mentioned.</summary>
    public const int People = 4;

    public const int Quotes = 14;

    /// <summary>Every quote but Donald Trump's one.</summary>
    public const int PompeoQuotes = Quotes - 1;
}
