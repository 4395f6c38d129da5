using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Api;

/// <summary>Odd and hostile input to every kind of API parameter: a 4xx problem or an honest empty answer, never a 500, nothing changed.</summary>
public sealed class ApiBadInputTests
{
    [Theory]
    [InlineData("/api/articles?page=-1", 400)]
    [InlineData("/api/articles?page=99999999999", 400)]
    [InlineData("/api/articles?pageSize=abc", 400)]
    [InlineData("/api/articles?from=yesterday", 400)]
    [InlineData("/api/articles?sort=random", 400)]
    [InlineData("/api/articles?sort=relevance", 400)]
    [InlineData("/api/articles?status=Bogus", 400)]
    [InlineData("/api/articles?status=Draft", 403)]
    [InlineData("/api/articles?q=%27%20OR%201%3D1%20--", 200)]
    [InlineData("/api/articles?q=%22%20OR%20NEAR(a%20b)%20*", 200)]
    [InlineData("/api/articles?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200)]
    [InlineData("/api/articles?tag=%27%3BDROP%20TABLE%20Articles%3B--", 200)]
    [InlineData("/api/articles?person=..%2F..%2Fetc%2Fpasswd&section=%00", 200)]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd", 404)]
    [InlineData("/api/articles/%27%20OR%20%271%27%3D%271", 404)]
    [InlineData("/api/people/%3Cscript%3E", 404)]
    [InlineData("/api/quotes?speaker=%27%20OR%20%27%27%3D%27&q=%25%25_", 200)]
    [InlineData("/api/quotes?q=%F0%9F%98%80%F0%9F%98%80", 200)]
    [InlineData("/api/images/99999999999", 404)]
    [InlineData("/api/images/-1", 404)]
    [InlineData("/api/agencies/kyodo/images?page=0", 400)]
    public async Task Odd_parameters_get_a_problem_or_an_empty_answer_and_the_server_keeps_serving(string url, int status)
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/articles/{SeedStory.Slug}")).StatusCode);
    }

    [Fact]
    public async Task A_long_parameter_is_a_400_not_a_500()
    {
        using var factory = new PortalFactory();

        var response = await factory.CreateClient().GetAsync("/api/articles?q=" + new string('a', 5_000));

        await response.ProblemAsync(400);
    }

    [Fact]
    public async Task The_route_names_the_record_and_ids_elsewhere_change_nothing()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var pompeo = await api.GetAsync("/api/people/mike-pompeo");

        var queryId = await api.SendJsonAsync(HttpMethod.Put, "/api/people/mike-pompeo?slug=donald-trump&id=2",
            new { name = "Mike Pompeo", title = "Secretary of State" }, pompeo.ETag());
        var bodyId = await api.SendJsonAsync(HttpMethod.Put, "/api/people/mike-pompeo",
            new { name = "Donald Trump", slug = "donald-trump", id = 2 }, queryId.ETag());

        Assert.Equal(HttpStatusCode.OK, queryId.StatusCode);
        await bodyId.ProblemAsync(400);
        var trump = await (await api.GetAsync("/api/people/donald-trump")).JsonAsync();
        Assert.Equal("Donald Trump", trump.GetProperty("name").GetString());
        Assert.Equal("President", trump.GetProperty("title").GetString());
        Assert.Equal("Secretary of State", (await (await api.GetAsync("/api/people/mike-pompeo")).JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Script_in_every_text_field_is_stored_as_typed_and_never_rendered_as_markup()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        var created = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new
        {
            headline = "Headline " + Script,
            standfirst = Script,
            dateline = Script[..50],
            section = "S" + Script[..40],
            tags = new[] { Script[..50] },
            body = $"A paragraph {Script}.\n\n\"Quoted {Script},\" Mike Pompeo said.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var slug = (await created.JsonAsync()).GetProperty("slug").GetString();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/articles/{slug}/publish", null)).StatusCode);

        var stored = await (await api.GetAsync($"/api/articles/{slug}")).JsonAsync();
        Assert.Equal(Script, stored.GetProperty("standfirst").GetString());
        var page = await factory.CreateClient().GetStringAsync($"/articles/{slug}");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;alert", page);
    }

    [Fact]
    public async Task Invalid_utf8_in_json_is_a_400_and_nothing_is_stored()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var content = new ByteArrayContent([.. "{\"headline\":\"x\",\"body\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()]);
        content.Headers.ContentType = new("application/json");

        await (await api.PostAsync("/api/articles", content)).ProblemAsync(400);

        Assert.Equal(1, await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().Articles.CountAsync()));
    }
}
