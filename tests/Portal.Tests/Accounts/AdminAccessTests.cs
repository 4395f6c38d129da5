using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>Who can reach what: every endpoint is either on the public list or behind a policy.</summary>
public sealed class AdminAccessTests
{
    /// <summary>Everything anyone may reach without signing in. A new endpoint lands here only on purpose.</summary>
    /// Razor Pages answer any method (their handlers choose), so they are listed as ANY.
    private static readonly HashSet<string> PublicEndpoints =
    [
        "ANY", "ANY articles/{slug}", "ANY people/{slug}", "ANY organisations/{slug}", "ANY quotes", "ANY quotes/{id:int}", "ANY authors/{slug}", "ANY corrections", "ANY credits/{agency}", "ANY search",
        "ANY {kind:regex(^(tags|sections)$)}/{slug}", "ANY error/{code:int?}", "ANY admin/login", "ANY admin/denied",
        "ANY admin/setup", // the one-time first-admin link: 404 without its key or once any account exists
        "ANY admin/invite", // an invited account sets its password: 404 without a good token
        "ANY healthz", "ANY readyz",
        "GET feed.xml", "GET atom.xml", "GET corrections.xml", "GET tags/{slug}/feed.xml", "GET people/{slug}/feed.xml", "GET sitemap.xml",
        "GET news-sitemap.xml", "GET robots.txt", "GET site.webmanifest", "GET quotes/{id:int}/card.png", "GET authors/{slug}/feed.xml", "GET articles/{slug}/card.png",
        "GET api/articles", "GET api/articles/{slug}", "GET api/articles/{slug}/ninjs", "GET api/people", "GET api/people/{slug}", "GET api/people/{slug}/quotes",
        "GET api/quotes", "GET api/quotes/{id:int}", "GET api/agencies", "GET api/agencies/{slug}", "GET api/organisations", "GET api/organisations/{slug}", "GET api/agencies/{slug}/images",
        "GET api/images", "GET api/images/{id:int}",
    ];

    [Fact]
    public void Every_endpoint_reachable_without_an_account_is_on_the_public_list()
    {
        using var factory = new PortalFactory();
        _ = factory.CreateClient();

        var anonymous = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .SelectMany(e => Methods(e).Select(method => $"{method} {e.RoutePattern.RawText?.TrimStart('/')}".TrimEnd()))
            .ToHashSet();

        Assert.Empty(anonymous.Except(PublicEndpoints).Order());
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/tokens")]
    [InlineData("/admin/password")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/logout")]
    [InlineData("/admin/articles")]
    [InlineData("/admin/articles/new")]
    [InlineData("/admin/import")]
    [InlineData("/admin/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit/edit")]
    [InlineData("/admin/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit/preview")]
    [InlineData("/admin/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit/history")]
    [InlineData("/admin/articles/pompeo-says-us-and-north-korea-are-moving-in-the-right-direction-toward-a-summit/delete")]
    [InlineData("/Admin")]
    [InlineData("/admin/")]
    [InlineData("/ADMIN/Tokens")]
    public async Task Admin_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/login?ReturnUrl=", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("//admin")]
    [InlineData("//admin/tokens")]
    [InlineData("/admin//tokens")]
    [InlineData("/admin/./tokens")]
    [InlineData("/admin/x/../tokens")]
    [InlineData("/admin%2Ftokens")]
    [InlineData("/admin%2ftokens")]
    [InlineData("/%61dmin/tokens")]
    [InlineData("/ADMIN/TOKENS/")]
    [InlineData("/admin/tokens;.css")]
    public async Task Odd_spellings_of_admin_addresses_never_show_an_admin_page_anonymously(string url)
    {
        using var factory = new PortalFactory();

        // Absolute, so that "//admin" stays a path and is not read as a host name.
        var response = await factory.CreateBrowserClient().GetAsync(new Uri("https://localhost" + url));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("https://localhost/admin/login", response.Headers.Location?.ToString());
        }
        Assert.DoesNotContain("API tokens", body);
        Assert.DoesNotContain("__RequestVerificationToken", body);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task Writers_and_editors_cannot_open_admin_only_pages(string url)
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        await factory.CreateUserAsync("admin@example.com", Roles.Admin);

        foreach (var email in new[] { "writer@example.com", "editor@example.com" })
        {
            var response = await (await factory.SignedInClientAsync(email)).GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/admin/denied", response.Headers.Location?.ToString());
        }
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync("admin@example.com")).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_are_never_stored_by_any_cache()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("writer@example.com", Roles.Writer);
        var client = await factory.SignedInClientAsync("writer@example.com");

        var response = await client.GetAsync("/admin/tokens");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Age"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("admin@example.com", Roles.Admin);
        var client = await factory.SignedInClientAsync("admin@example.com");

        var response = await client.PostAsync("/admin/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "sneaky" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tokens = await client.GetStringAsync("/admin/tokens");
        Assert.DoesNotContain("sneaky", tokens);
    }

    [Fact]
    public async Task Every_newsroom_form_refuses_a_post_without_its_antiforgery_token()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("admin@example.com", Roles.Admin);
        var client = await factory.SignedInClientAsync("admin@example.com");
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!)
            .Where(url => url.StartsWith("/admin", StringComparison.Ordinal))
            .Select(url => url.Replace("{slug}", SeedStory.Slug).Replace("{id:int}", "1"))
            .Distinct().ToList();
        var audited = await AuditCountAsync(factory);

        foreach (var page in pages)
        {
            var response = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "forged", ["Input.Email"] = "forged@example.com" }));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{page}: {response.StatusCode}");
        }

        Assert.True(pages.Count >= 20, $"only {pages.Count} newsroom pages found");
        Assert.Equal(audited, await AuditCountAsync(factory));
    }

    private static Task<int> AuditCountAsync(PortalFactory factory) =>
        factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().AuditEntries.CountAsync());

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["ANY"];
}
