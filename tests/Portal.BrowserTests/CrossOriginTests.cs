using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.BrowserTests;

/// <summary>A signed-in editor visits another site that tries to write to Portal with the editor's cookie: nothing is written.</summary>
public sealed class CrossOriginTests(LivePortal portal) : IClassFixture<LivePortal>
{
    [Fact]
    public async Task Another_sites_form_post_and_fetch_with_the_editors_cookie_write_nothing()
    {
        await portal.CreateEditorAsync("target@example.com");
        var page = await portal.SignedInPageAsync("target@example.com");
        var before = await CountsAsync();

        // The attacker's page: another origin (a data: document), a form posting to the newsroom and a credentialed fetch to the API.
        var attack = $$"""
            <!doctype html><html><body>
            <form id="f" method="post" action="{{portal.BaseUrl}}/admin/tokens?handler=Create"><input name="Name" value="stolen"></form>
            <script>
              window.fetchResult = fetch('{{portal.BaseUrl}}/api/articles', { method: 'POST', credentials: 'include',
                headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ headline: 'Forged', body: 'Forged.' }) })
                .then(r => 'status ' + r.status, e => 'blocked');
            </script>
            </body></html>
            """;
        await page.GotoAsync("data:text/html;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(attack)));
        var fetched = await page.EvaluateAsync<string>("() => window.fetchResult");
        var posted = page.WaitForResponseAsync(r => r.Url.Contains("/admin/tokens", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.EvaluateAsync("() => document.getElementById('f').submit()");
        var response = await posted;

        Assert.Equal("blocked", fetched);
        Assert.Contains(response.Status, new[] { 302, 400 });
        Assert.Equal(before, await CountsAsync());
        // In a tab of its own: the attacked tab may still be following the redirect to sign-in.
        var check = await page.Context.NewPageAsync();
        await check.GotoAsync(portal.BaseUrl + "/admin/tokens");
        Assert.Equal("API tokens", await check.Locator("h1").TextContentAsync());
        Assert.DoesNotContain("stolen", await check.ContentAsync());
    }

    private async Task<(int Tokens, int Articles)> CountsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.ApiTokens.CountAsync(), await db.Articles.CountAsync());
    }
}
