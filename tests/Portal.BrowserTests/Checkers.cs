using System.Diagnostics;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The two outside judges of a page: axe-core for WCAG 2.1 AA, and the Nu Html Checker for valid HTML.</summary>
public static class Checkers
{
    public static async Task AssertAccessibleAsync(IPage page, string label)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, $"{label}: " + string.Join("; ",
            result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }

    /// <summary>Checks every page's HTML in one run of the checker; fails naming the page and line of each error.</summary>
    public static async Task AssertValidHtmlAsync(IReadOnlyList<(string Label, string Html)> pages)
    {
        var folder = Directory.CreateTempSubdirectory("portal-vnu-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (page, index) in pages.Select((p, i) => (p, i)))
            {
                var file = Path.Combine(folder, $"page-{index}.html");
                await File.WriteAllTextAsync(file, page.Html);
                files.Add(file);
            }

            var messages = await ValidateAsync(files);

            var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{LabelOf(e.Url, files, pages)} line {e.LastLine}: {e.Message}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The page a checker message is about; its url names the file ("file:/tmp/…/page-3.html").</summary>
    private static string LabelOf(string url, List<string> files, IReadOnlyList<(string Label, string Html)> pages) =>
        files.FindIndex(f => url.EndsWith(Path.GetFileName(f), StringComparison.Ordinal)) is >= 0 and var index ? pages[index].Label : url;

    private static async Task<List<VnuMessage>> ValidateAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(RepositoryRoot(), "tests/tools/node_modules/vnu-jar/build/dist/vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu Html Checker is missing: run npm ci in tests/tools ({jar}).");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-Xss4m", "-jar", jar, "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(await report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new VnuMessage(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("url", out var url) ? url.GetString()! : "",
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString()!)).ToList();
    }

    private static string RepositoryRoot()
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

    private sealed record VnuMessage(string Type, string Url, int LastLine, string Message);
}
