using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>A save that writes hundreds of rows rewrites the article's search row once, and still in the save's transaction.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task A_long_import_and_its_edits_are_searchable_as_soon_as_each_save_answers()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var paragraphs = Enumerable.Range(1, 400).Select(i => $"Paragraph {i} of the hearing. \"We listened,\" said Mayor Ana Silva.").ToList();
        paragraphs.Add("The aardwolf was last seen near the river.");
        var import = await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = string.Join("\n\n", paragraphs), headline = "A long hearing" });
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var slug = (await import.JsonAsync()).GetProperty("article").GetProperty("slug").GetString();

        Assert.Equal(1, await Matches(api, "aardwolf"));
        Assert.Equal(1, await Matches(api, "listened"));

        var article = await api.GetAsync($"/api/articles/{slug}");
        var edited = await api.PatchAsync($"/api/articles/{slug}", new { body = "Only an okapi is left in this story." }, article.ETag());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        Assert.Equal(0, await Matches(api, "aardwolf"));
        Assert.Equal(1, await Matches(api, "okapi"));
        Assert.Equal(0, await factory.WithServicesAsync(services => Rows(services, """SELECT COUNT(*) AS "Value" FROM "ArticleSearchHold" """)));
        Assert.Equal(0, await factory.WithServicesAsync(services => Rows(services, """SELECT COUNT(*) AS "Value" FROM "ArticleSearchPending" """)));
    }

    private static async Task<int> Matches(HttpClient api, string word) =>
        (await (await api.GetAsync($"/api/articles?q={word}&status=Draft")).JsonAsync()).GetProperty("total").GetInt32();

    private static Task<int> Rows(IServiceProvider services, string count) =>
        services.GetRequiredService<PortalDbContext>().Database.SqlQueryRaw<int>(count).SingleAsync();
}
