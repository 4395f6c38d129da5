using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Web.Accounts;

namespace Portal.Tests.Accounts;

/// <summary>The one-time link that creates the first admin from a browser.</summary>
public sealed class SetupLinkTests
{
    [Fact]
    public async Task The_link_creates_one_admin_once_and_is_dead_without_its_key_or_after_use()
    {
        using var factory = new PortalFactory();
        var link = factory.Services.GetRequiredService<FirstAdminLink>().Path;
        var browser = factory.CreateBrowserClient();
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = "first@example.com",
            ["Input.Password"] = Newsroom.Password,
            ["Input.Confirm"] = Newsroom.Password,
        };

        var noKey = await browser.GetAsync("/admin/setup");
        var wrongKey = await browser.GetAsync("/admin/setup?key=" + new string('0', 32));
        var weak = await browser.SubmitFormAsync(link, new(fields) { ["Input.Password"] = "short", ["Input.Confirm"] = "short" });
        var created = await browser.SubmitFormAsync(link, fields);

        Assert.Equal(HttpStatusCode.NotFound, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
        var refused = await weak.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("first@example.com", refused);
        Assert.Equal("/admin", created.Headers.Location?.OriginalString);
        Assert.Contains("Signed in as first@example.com", await browser.GetStringAsync("/admin"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync(link)).StatusCode);
        await factory.CreateUserAsync("second@example.com", Roles.Editor);
        var admins = await factory.WithServicesAsync(async s =>
            await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>().GetUsersInRoleAsync(Roles.Admin));
        Assert.Equal("first@example.com", Assert.Single(admins).Email);
    }

    [Fact]
    public async Task The_link_does_not_open_once_any_account_exists()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);

        var response = await factory.CreateBrowserClient().GetAsync(factory.Services.GetRequiredService<FirstAdminLink>().Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
