using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

public sealed class SecurityHeaderTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/css/site.css")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/feed.xml")]
    [InlineData("/swagger/index.html")]
    [InlineData("/admin/login")]
    [InlineData("/admin/tokens")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync(url);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        // Only Swagger UI's page may style inline; nothing anywhere may run inline script.
        if (!url.StartsWith("/swagger", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("unsafe-inline", policy);
        }
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        if (url.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", policy);
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
        else
        {
            Assert.Contains("script-src 'self'", policy);
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_for_a_year()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(stylesheet);

        Assert.Contains("?v=", stylesheet);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }
}
