namespace Portal.BrowserTests;

/// <summary>One address of every kind of page a reader can reach, and the newsroom's sign-in page.</summary>
public static class PageTypes
{
    public const string ArticlePath = "/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit";

    public static readonly string[] Paths =
    [
        "/",
        ArticlePath,
        "/people/mike-pompeo",
        "/quotes",
        "/quotes?speaker=donald-trump&q=letter",
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
