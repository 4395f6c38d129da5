using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>A new article's photos, credits and people are written in bulk, past EF: they must come back as the copy gave them.</summary>
public sealed class NewArticleRowsTests
{
    private static string Copy(string place) => $"""
        {place} -- Crowds gathered early.

        (Crowds outside the court in {place})
        [KCNA/UPI/Kyodo]

        "We waited all night," a resident said.

        (The judge arrives in {place})
        [Kyodo]
        """;

    [Fact]
    public async Task Photos_of_two_imports_get_their_own_ids_captions_and_credit_chains()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();

        var (_, first) = await ImportedPhotosAsync(api, "TOKYO");
        var (_, second) = await ImportedPhotosAsync(api, "OSAKA");

        Assert.Equal(4, first.Concat(second).Select(p => p.Id).Distinct().Count());
        Assert.Equal(
            ["Crowds outside the court in TOKYO|KCNA / UPI / Kyodo", "The judge arrives in TOKYO|Kyodo",
             "Crowds outside the court in OSAKA|KCNA / UPI / Kyodo", "The judge arrives in OSAKA|Kyodo"],
            first.Concat(second).Select(p => $"{p.Caption}|{p.CreditLine}"));
        foreach (var (id, caption, creditLine) in first.Concat(second))
        {
            var image = await (await api.GetAsync($"/api/images/{id}")).JsonAsync();
            Assert.Equal(caption, image.GetProperty("caption").GetString());
            Assert.Equal(creditLine, image.GetProperty("creditLine").GetString());
        }
        var agencies = (await (await api.GetAsync("/api/agencies")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.All(new[] { "KCNA", "UPI", "Kyodo" }, name => Assert.Single(agencies, name));
    }

    [Fact]
    public async Task A_photo_written_in_bulk_takes_an_id_no_deleted_photo_had()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var (slug, first) = await ImportedPhotosAsync(api, "TOKYO");
        var article = await api.GetAsync($"/api/articles/{slug}");
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/articles/{slug}", article.ETag())).StatusCode);
        foreach (var photo in first)
        {
            var image = await api.GetAsync($"/api/images/{photo.Id}");
            if (image.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/images/{photo.Id}", image.ETag())).StatusCode);
            }
        }

        var (_, second) = await ImportedPhotosAsync(api, "OSAKA");

        Assert.True(second.Min(p => p.Id) > first.Max(p => p.Id));
    }

    [Fact]
    public async Task People_a_new_article_introduces_keep_their_titles_and_are_known_to_the_next_import()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var first = await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new
        {
            text = "\"The port reopens on Monday,\" said Port Director Ines Okafor.\n\n\"We are ready,\" Okafor said.",
            headline = "Port reopens",
        });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = await api.SendJsonAsync(HttpMethod.Post, "/api/people", new { name = "Tomas Berg", title = "Pilot" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var second = await (await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new
        {
            text = "Ships queued overnight.\n\n\"Every berth is taken,\" Okafor said.",
            headline = "Ships queue",
        })).JsonAsync();

        var person = await (await api.GetAsync("/api/people/ines-okafor")).JsonAsync();
        Assert.Equal("Ines Okafor", person.GetProperty("name").GetString());
        Assert.Equal("Port Director", person.GetProperty("title").GetString());
        Assert.Equal("ines-okafor", second.GetProperty("article").GetProperty("quotes")[0].GetProperty("speaker").GetProperty("slug").GetString());
        var people = await (await api.GetAsync("/api/people?pageSize=100")).JsonAsync();
        Assert.Single(people.GetProperty("items").EnumerateArray(), p => p.GetProperty("name").GetString() == "Ines Okafor");
    }

    private static async Task<(string Slug, List<(int Id, string Caption, string CreditLine)> Photos)> ImportedPhotosAsync(
        HttpClient api, string place)
    {
        var answer = await api.SendJsonAsync(HttpMethod.Post, "/api/imports", new { text = Copy(place), headline = $"Court day in {place}" });
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var article = (await answer.JsonAsync()).GetProperty("article");
        var photos = article.GetProperty("blocks").EnumerateArray()
            .Where(b => b.TryGetProperty("image", out var image) && image.ValueKind == JsonValueKind.Object)
            .Select(b => b.GetProperty("image"))
            .Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("caption").GetString()!, i.GetProperty("creditLine").GetString()!))
            .ToList();
        return (article.GetProperty("slug").GetString()!, photos);
    }
}
