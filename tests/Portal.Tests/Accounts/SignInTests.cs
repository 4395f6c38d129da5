using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Web.Admin;

namespace Portal.Tests.Accounts;

/// <summary>Signing in and out: throttled, locked out after failures, no account enumeration, sessions end for real.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task The_right_password_opens_the_newsroom_with_a_strict_http_only_secure_cookie()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var client = factory.CreateBrowserClient();

        var response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = "editor@example.com", ["Input.Password"] = Newsroom.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Contains("login.succeeded", await AuditActionsAsync(factory));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);

        var wrongPassword = await FailedLoginMessageAsync(factory.CreateBrowserClient(), "editor@example.com", "not the password at all");
        var unknownEmail = await FailedLoginMessageAsync(factory.CreateBrowserClient(), "nobody@example.com", "not the password at all");

        Assert.Equal(LoginModel.Failed, wrongPassword);
        Assert.Equal(wrongPassword, unknownEmail);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Login:FailuresBeforeLockout"] = "3";
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var client = factory.CreateBrowserClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(LoginModel.Failed, await FailedLoginMessageAsync(client, "editor@example.com", $"wrong guess number {attempt}"));
        }

        Assert.Equal(LoginModel.Failed, await FailedLoginMessageAsync(client, "editor@example.com", Newsroom.Password));
        Assert.Contains("login.locked-out", await AuditActionsAsync(factory));
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_get_429_whatever_the_usernames()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Login:AttemptsPerMinute"] = "3";
        var client = factory.CreateBrowserClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await FailedLoginMessageAsync(client, $"user{attempt}@example.com", "some password guess");
        }
        var response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = "user9@example.com", ["Input.Password"] = "x" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains(LoginModel.Throttled, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("10.9.9.9", HttpStatusCode.TooManyRequests)] // a client posing as a proxy: its claims are ignored
    [InlineData("127.0.0.1", HttpStatusCode.OK)] // the configured proxy: each client behind it is counted on its own
    public async Task Forwarded_client_addresses_are_believed_only_from_the_configured_proxy(string proxy, HttpStatusCode fourthAttempt)
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Login:AttemptsPerMinute"] = "3";
        factory.Settings["Portal:Proxy:Addresses:0"] = proxy;
        var client = factory.CreateBrowserClient();

        HttpResponseMessage? response = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // The test client connects from loopback and names a new client address each time.
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt}");
            response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = $"user{attempt}@example.com", ["Input.Password"] = "a guess" });
        }

        Assert.Equal(fourthAttempt, response!.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_every_session_of_that_user()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var laptop = await factory.SignedInClientAsync("editor@example.com");
        var phone = await factory.SignedInClientAsync("editor@example.com");
        var stolenCookie = await SessionCookieAsync(laptop);

        var signOut = await laptop.SubmitFormAsync("/admin/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/admin")).StatusCode);
        var replay = factory.CreateBrowserClient();
        replay.DefaultRequestHeaders.Add("Cookie", stolenCookie);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_and_keeps_this_one()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var laptop = await factory.SignedInClientAsync("editor@example.com");
        var phone = await factory.SignedInClientAsync("editor@example.com");

        var changed = await laptop.SubmitFormAsync("/admin/password", new()
        {
            ["Input.Current"] = Newsroom.Password,
            ["Input.New"] = "an even longer new passphrase",
            ["Input.Confirm"] = "an even longer new passphrase",
        });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/admin")).StatusCode);
        await factory.SignedInClientAsync("editor@example.com", "an even longer new passphrase");
    }

    [Fact]
    public async Task A_failed_password_change_keeps_what_was_typed_and_names_the_field()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var client = await factory.SignedInClientAsync("editor@example.com");

        var response = await client.SubmitFormAsync("/admin/password", new()
        {
            ["Input.Current"] = "not my password",
            ["Input.New"] = "short",
            ["Input.Confirm"] = "different",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Use at least 12 characters (a few words make a good passphrase) and at most 200.",
            page.QuerySelector("[data-valmsg-for='Input.New']")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Input.Confirm']")!.TextContent.Trim());
    }

    private static async Task<string> FailedLoginMessageAsync(HttpClient client, string email, string password)
    {
        var response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(email, page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        return page.QuerySelector(".form-errors li")?.TextContent ?? "";
    }

    private static async Task<string> SessionCookieAsync(HttpClient signedIn)
    {
        // The cookies the client sends: what a thief would copy from the browser.
        var response = await signedIn.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.RequestMessage!.Headers.GetValues("Cookie").Single();
    }

    private static Task<List<string>> AuditActionsAsync(PortalFactory factory) =>
        factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().AuditEntries.Select(e => e.Action).ToListAsync());
}
