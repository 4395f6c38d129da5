using System.Diagnostics;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Api;

/// <summary>The OpenAPI document, linted by Spectral's OpenAPI rules and checked to describe every status code the API uses.</summary>
public sealed class OpenApiLintTests
{
    [Fact]
    public async Task The_openapi_document_lints_with_no_errors()
    {
        using var factory = new PortalFactory();
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "openapi.json");
        await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var start = new ProcessStartInfo("npx", ["--no-install", "spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error", document])
        {
            WorkingDirectory = Repository.PathTo("tests/tools"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var spectral = Process.Start(start)!;
        var output = await spectral.StandardOutput.ReadToEndAsync();
        await spectral.WaitForExitAsync();

        Assert.True(spectral.ExitCode == 0, output + await spectral.StandardError.ReadToEndAsync());
        Assert.Contains("0 errors", output);
    }

    [Fact]
    public async Task Every_write_documents_the_errors_it_can_answer_with()
    {
        using var factory = new PortalFactory();
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Responses: op.Value.GetProperty("responses"))))
            .ToList();

        foreach (var (path, method, responses) in operations.Where(o => o.Method is "put" or "patch" or "delete"))
        {
            foreach (var status in new[] { "401", "403", "404", "412", "428", "429" })
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}");
            }
        }
        foreach (var (path, method, responses) in operations.Where(o => o.Method is "post" or "put" or "patch" && !o.Path.EndsWith("publish", StringComparison.Ordinal)))
        {
            foreach (var status in new[] { "400", "413", "415" })
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}");
            }
        }
        Assert.True(operations.Single(o => o.Path == "/api/articles/{slug}" && o.Method == "get").Responses.TryGetProperty("304", out _));
        Assert.DoesNotContain(operations, o => !o.Path.StartsWith("/api/", StringComparison.Ordinal));
    }
}
