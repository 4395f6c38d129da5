using System.Diagnostics;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Every page type is valid HTML (Nu Html Checker) and meets WCAG 2.1 AA as axe-core checks it, in light and dark.</summary>
public sealed class QualityTests(LivePortal portal) : IClassFixture<LivePortal>
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Has_no_accessibility_violations_in_light_and_dark(string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await portal.NewPageAsync(scheme: scheme);
            await page.GotoAsync(portal.BaseUrl + path);

            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });

            Assert.True(result.Violations.Length == 0, $"{path} ({scheme}): " + string.Join("; ",
                result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        }
    }

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        using var client = new HttpClient();
        var folder = Directory.CreateTempSubdirectory("portal-vnu-").FullName;
        try
        {
            var files = new List<string>();
            foreach (var (path, index) in PageTypes.Paths.Select((p, i) => (p, i)))
            {
                var response = await client.GetAsync(portal.BaseUrl + path);
                var file = Path.Combine(folder, $"page-{index}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files.Add(file);
            }

            var messages = await Validate(files);

            var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e =>
                $"{PageOf(e.Url, files)} line {e.LastLine}: {e.Message}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The page a checker message is about; its url names the file ("file:/tmp/…/page-3.html").</summary>
    private static string PageOf(string url, List<string> files) =>
        files.FindIndex(f => url.EndsWith(Path.GetFileName(f), StringComparison.Ordinal)) is >= 0 and var index ? PageTypes.Paths[index] : url;

    private static async Task<List<VnuMessage>> Validate(IEnumerable<string> files)
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
