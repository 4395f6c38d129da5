using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>What an operator reads in the log: security events with a trace id, and never a secret.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed partial class SecurityLogTests
{
    private const string Password = "a long logged-never passphrase";
    private const string WrongPassword = "a wrong guessed passphrase";

    [Fact]
    public async Task Sign_ins_failures_and_refused_tokens_are_logged_with_trace_ids_and_no_password_cookie_or_token()
    {
        using var folder = new TempFolder();
        var (environment, token) = await PortalProcess.NewsroomAsync(folder, Password, new()
        {
            ["Portal__Cookies__SecureOnly"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Information",
        });
        var served = await PortalProcess.ServeAsync(environment);
        using var portal = served.Process;
        var log = portal.StandardError.ReadToEndAsync();
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = served.Address };

        await SignInAsync(client, WrongPassword);
        var signedIn = await SignInAsync(client, Password);
        var session = cookies.GetAllCookies().Single(c => c.Name == "portal.session").Value;
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/articles?status=Draft") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var authorized = await client.SendAsync(bearer);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/api/articles?status=Draft") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "portal_forged-token-that-is-not-real-at-all-000") } };
        var refused = await client.SendAsync(forged);
        portal.Kill(entireProcessTree: true);
        await portal.WaitForExitAsync();
        var text = await log;

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("login.failed", text);
        Assert.Contains("login.succeeded", text);
        Assert.Contains("The API token is unknown or revoked", text);
        Assert.Matches(RequestLineWithTraceId(), text);
        foreach (var secret in new[] { Password, WrongPassword, token, session, "portal_forged-token", "Bearer" })
        {
            Assert.DoesNotContain(secret, text);
        }
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/login"));
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "chief@example.com",
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    /// <summary>A request's completion line ends with its W3C trace id.</summary>
    [GeneratedRegex(@"HTTP POST /admin/login responded 302 in [0-9.]+ ms [0-9a-f]{32}")]
    private static partial Regex RequestLineWithTraceId();
}
