using System.Net;
using AngleSharp.Html.Parser;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>Admins invite people by a one-time link; the invited choose their own password, and the link works once.</summary>
public sealed class InvitationTests
{
    [Fact]
    public async Task An_invited_writer_sets_their_own_password_once_and_is_signed_in()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("chief@example.com", Roles.Admin);
        var admin = await factory.SignedInClientAsync("chief@example.com");

        var added = await admin.SubmitFormAsync("/admin/users", new() { ["Input.Email"] = "new@example.com", ["Input.Role"] = Roles.Writer });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var link = new Uri((await admin.GetDocumentAsync("/admin/users")).QuerySelector("input.invitation")!.GetAttribute("value")!).PathAndQuery;
        Assert.StartsWith("/admin/invite?email=new%40example.com&token=", link);
        var invited = factory.CreateBrowserClient();
        var weak = await invited.SubmitFormAsync(link, new() { ["Input.Password"] = "short", ["Input.Confirm"] = "short" }, link);
        var page = new HtmlParser().ParseDocument(await weak.Content.ReadAsStringAsync());
        Assert.StartsWith("Use at least 12 characters", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);

        var joined = await invited.SubmitFormAsync(link, new() { ["Input.Password"] = "my own long passphrase", ["Input.Confirm"] = "my own long passphrase" }, link);

        Assert.Equal("/admin", joined.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/admin/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync(link)).StatusCode);
        await factory.SignedInClientAsync("new@example.com", "my own long passphrase");
    }

    [Fact]
    public async Task A_forged_token_or_an_account_with_a_password_finds_no_page()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var browser = factory.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/invite?email=editor%40example.com&token=forged")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/invite?email=nobody%40example.com&token=forged")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/invite")).StatusCode);
    }
}
