using System.Net;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Caching;

/// <summary>Tricks that would put the wrong page in the shared cache: forwarded and rewriting headers, a signed-in view, a draft.</summary>
public sealed class CachePoisoningTests
{
    [Fact]
    public async Task Forwarding_and_rewriting_headers_change_nothing_a_later_reader_gets()
    {
        using var factory = new PortalFactory();
        var attacker = factory.CreateClient();
        var url = $"/articles/{SeedStory.Slug}?from=poison";
        using var tricked = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Headers =
            {
                { "X-Forwarded-Host", "evil.example" },
                { "X-Forwarded-Proto", "http" },
                { "X-Forwarded-Prefix", "/evil" },
                { "X-Original-URL", "/admin/audit" },
                { "X-Rewrite-URL", "/admin/audit" },
                { "X-HTTP-Method-Override", "DELETE" },
            },
        };

        var first = await attacker.SendAsync(tricked);
        var later = await factory.CreateClient().GetStringAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.DoesNotContain("evil.example", later);
        Assert.DoesNotContain("/evil/", later);
        Assert.Contains("Pompeo", later);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/articles/{SeedStory.Slug}")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_editors_view_and_a_tokens_draft_never_reach_anonymous_readers()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("editor@example.com", Roles.Editor);
        var editor = await factory.SignedInClientAsync("editor@example.com");
        var api = await factory.EditorApiAsync("desk@example.com");
        var draft = await Stories.AddAsync(factory, "TOKYO -- A draft nobody may read yet.", "Secret draft", ArticleStatus.Draft);
        var page = $"/articles/{SeedStory.Slug}?from=editor";

        var editorView = await editor.GetAsync(page);
        var tokenRead = await api.GetAsync($"/api/articles/{draft}");
        var tokenList = await api.GetAsync("/api/articles?status=Draft");
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, editorView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenList.StatusCode);
        Assert.DoesNotContain("editor@example.com", await anonymous.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/articles/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/articles/{draft}")).StatusCode);
        await (await anonymous.GetAsync("/api/articles?status=Draft")).ProblemAsync(403);
        Assert.DoesNotContain("Secret draft", await (await anonymous.GetAsync("/api/articles")).Content.ReadAsStringAsync());
    }
}
