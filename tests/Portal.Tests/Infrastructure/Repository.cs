namespace Portal.Tests.Infrastructure;

/// <summary>Finds files in the repository the tests were built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathTo(string relative) => Path.Combine(Root, relative);

    public static string SeedText { get; } = File.ReadAllText(PathTo("src/Portal.Web/Seed/pompeo-kim-yong-chol.txt"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Portal.sln was not found above the test binaries.");
    }
}
