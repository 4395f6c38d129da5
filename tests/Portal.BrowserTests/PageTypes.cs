namespace Portal.BrowserTests;

/// <summary>One address of every kind of page a reader can reach, and the newsroom's sign-in page.</summary>
public static class PageTypes
{
    public const string ArticlePath = "/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit";

    /// <summary>The seed story's first quote: the seed is the first content of a new store, so its first quote is number 1.</summary>
    public const string QuotePath = "/quotes/1";

    public static readonly string[] Paths =
    [
        "/",
        ArticlePath,
        "/people/mike-pompeo",
        "/quotes",
        "/quotes?speaker=donald-trump&q=letter",
        QuotePath,
        "/credits/kyodo",
        "/tags/north-korea",
        "/sections/world",
        "/search?q=denuclearization",
        "/search?q=nothing-matches-this",
        "/no-such-page",
        "/admin/login",
    ];

    public static IEnumerable<object[]> All => Paths.Select(p => new object[] { p });
}
