using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Infrastructure;
using Portal.Web.Articles;
using Portal.Web.Caching;

namespace Portal.Tests.Caching;

/// <summary>
/// Anonymous API reads of an article answered before routing: the same answer as the pipeline's, never stale, never
/// for anyone with credentials.
/// </summary>
public sealed class ArticleResponseCacheTests
{
    private static readonly string ArticleUrl = $"/api/articles/{SeedStory.Slug}";

    [Fact]
    public async Task A_ready_answer_is_the_pipelines_answer_with_its_length_head_and_revalidation()
    {
        using var factory = new PortalFactory();
        var reader = factory.CreateClient();
        var first = await reader.GetAsync(ArticleUrl);
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        factory.Commands.Clear();

        var ready = await reader.GetAsync(ArticleUrl);
        using var head = new HttpRequestMessage(HttpMethod.Head, ArticleUrl);
        var headers = await reader.SendAsync(head);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", {first.ETag()}");
        var notModified = await reader.SendAsync(revalidate);

        Assert.Empty(factory.Commands.Sent);
        Assert.Equal(firstBody, await ready.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.ETag(), ready.ETag());
        Assert.Equal("application/json; charset=utf-8", ready.Content.Headers.ContentType?.ToString());
        Assert.Equal(firstBody.Length, ready.Content.Headers.ContentLength);
        Assert.Equal("nosniff", ready.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, headers.StatusCode);
        Assert.Equal(firstBody.Length, headers.Content.Headers.ContentLength);
        Assert.Empty(await headers.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(first.ETag(), notModified.ETag());
    }

    [Fact]
    public async Task Editing_a_person_it_names_or_deleting_it_is_seen_at_once()
    {
        using var factory = new PortalFactory();
        var reader = factory.CreateClient();
        var api = await factory.EditorApiAsync();
        Assert.Contains("U.S. Secretary of State", await reader.GetStringAsync(ArticleUrl));

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            (await db.People.SingleAsync(p => p.Slug == "mike-pompeo")).Title = "former CIA director";
            await db.SaveChangesAsync();
        });
        var afterEdit = await reader.GetAsync(ArticleUrl);
        Assert.Contains("former CIA director", await afterEdit.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(ArticleUrl, afterEdit.ETag())).StatusCode);
        await (await reader.GetAsync(ArticleUrl)).ProblemAsync(404);
    }

    [Fact]
    public async Task Cross_origin_and_token_reads_take_the_pipeline_and_keep_their_headers()
    {
        using var factory = new PortalFactory();
        var reader = factory.CreateClient();
        var api = await factory.EditorApiAsync();
        await reader.GetAsync(ArticleUrl);
        await reader.GetAsync(ArticleUrl);

        using var crossOrigin = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { { "Origin", "https://elsewhere.example" } } };
        var cors = await reader.SendAsync(crossOrigin);
        factory.Commands.Clear();
        var withToken = await api.GetAsync(ArticleUrl);

        Assert.Equal("*", cors.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", cors.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.NotEmpty(factory.Commands.Sent);
    }

    [Fact]
    public async Task When_full_it_makes_room_by_dropping_expired_answers()
    {
        using var factory = new PortalFactory { Settings = { ["Portal:OutputCache:Seconds"] = "1" } };
        var cache = factory.Services.GetRequiredService<ArticleResponseCache>();
        var reads = new Dictionary<string, int>();
        Task Pipeline(HttpContext context)
        {
            var slug = context.Request.Path.Value!;
            reads[slug] = reads.GetValueOrDefault(slug) + 1;
            context.TagResponse([slug]);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.ETag = "\"same\"";
            return context.Response.Body.WriteAsync("{}"u8.ToArray()).AsTask();
        }
        Task ReadAsync(string slug) => cache.InvokeAsync(
            new DefaultHttpContext { Request = { Method = "GET", Path = $"/api/articles/{slug}" }, Response = { Body = new MemoryStream() } }, Pipeline);

        // More articles than it keeps, read once each; then, all expired, a new one.
        for (var article = 0; article < 5_000; article++)
        {
            await ReadAsync($"story-{article}");
        }
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await ReadAsync("fresh");
        await ReadAsync("fresh");

        Assert.Equal(1, reads["/api/articles/fresh"]);
    }

    [Fact]
    public async Task A_read_that_an_edit_overtakes_is_not_kept()
    {
        using var factory = new PortalFactory();
        var cache = factory.Services.GetRequiredService<ArticleResponseCache>();
        var reads = 0;
        // The pipeline as the article endpoint answers; during the first read an edit is saved and evicts the article.
        async Task Pipeline(HttpContext context)
        {
            reads++;
            context.TagResponse([ReaderCache.ArticleTag(1)]);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.ETag = $"\"read-{reads}\"";
            if (reads == 1)
            {
                cache.Evict(new HashSet<string> { ReaderCache.ArticleTag(1) });
            }
            await context.Response.Body.WriteAsync("{}"u8.ToArray());
        }

        var etags = new List<string>();
        for (var request = 0; request < 3; request++)
        {
            var context = new DefaultHttpContext { Request = { Method = "GET", Path = "/api/articles/overtaken" }, Response = { Body = new MemoryStream() } };
            await cache.InvokeAsync(context, Pipeline);
            etags.Add(context.Response.Headers.ETag.ToString());
        }

        Assert.Equal(2, reads);
        Assert.Equal(["\"read-1\"", "\"read-2\"", "\"read-2\""], etags);
    }
}
