using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Tests.Infrastructure;

/// <summary>Newsroom accounts for tests: users in a role, signed-in browsers (cookie jars) and API tokens.</summary>
public static class Newsroom
{
    public const string Password = "a long test passphrase";

    public static async Task<PortalUser> CreateUserAsync(this PortalFactory factory, string email, string role, string password = Password) =>
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user;
        });

    /// <summary>A client that keeps cookies and talks HTTPS, as a browser would; redirects are left to the test.</summary>
    public static HttpClient CreateBrowserClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string email, string password = Password)
    {
        var client = factory.CreateBrowserClient();
        var response = await client.SubmitFormAsync("/admin/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Opens the page, then posts the form fields with the page's antiforgery token, as a browser submitting it would.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, page) };
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var input = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]");
        return input?.GetAttribute("value") ?? throw new InvalidOperationException($"{page} has no antiforgery token.");
    }

    /// <summary>A new API token for the user, as the admin area would create it.</summary>
    public static Task<string> CreateTokenAsync(this PortalFactory factory, PortalUser user, string name = "test") =>
        factory.WithServicesAsync(async services =>
            (await services.GetRequiredService<ApiTokens>().CreateAsync(user, name, CancellationToken.None)).Secret);
}
