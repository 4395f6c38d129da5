using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;
using Portal.Web.Caching;

namespace Portal.Tests.Caching;

/// <summary>Readers get cached pages that are never stale: an edit evicts every page that showed what changed.</summary>
public sealed class ReaderCacheTests
{
    private static readonly string ArticleUrl = $"/articles/{SeedStory.Slug}";

    [Fact]
    public async Task A_second_read_is_served_from_the_cache_without_the_database()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await client.GetAsync(ArticleUrl);
        factory.Commands.Clear();

        var again = await client.GetAsync(ArticleUrl);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty(factory.Commands.Sent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Revalidating_with_the_etag_gets_304(bool cacheEnabled)
    {
        using var factory = new PortalFactory { Settings = { ["Portal:OutputCache:Enabled"] = cacheEnabled.ToString() } };
        var client = factory.CreateClient();
        var first = await client.GetAsync(ArticleUrl);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        revalidate.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(revalidate);
        using var stale = new HttpRequestMessage(HttpMethod.Get, ArticleUrl);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));
        var third = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Editing_a_person_evicts_the_cached_article_that_shows_them()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        Assert.Contains("U.S. Secretary of State", await client.GetStringAsync(ArticleUrl));

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            (await db.People.SingleAsync(p => p.Slug == "mike-pompeo")).Title = "former CIA director";
            await db.SaveChangesAsync();
        });

        var page = await client.GetStringAsync(ArticleUrl);
        Assert.Contains("former CIA director", page);
        Assert.DoesNotContain("U.S. Secretary of State", page.Split("people-heading")[1]);
    }

    [Fact]
    public async Task Editing_an_agency_or_a_quote_evicts_the_article_and_the_lists()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await client.GetStringAsync(ArticleUrl);
        await client.GetStringAsync("/quotes");

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            (await db.Agencies.SingleAsync(a => a.Slug == "upi")).Name = "United Press International";
            (await db.Quotes.SingleAsync(q => q.Text == "real progress")).Text = "real, measurable progress";
            await db.SaveChangesAsync();
        });

        Assert.Contains("United Press International", await client.GetStringAsync(ArticleUrl));
        Assert.Contains("real, measurable progress", await client.GetStringAsync("/quotes"));
    }

    [Fact]
    public async Task A_page_stored_by_a_read_that_an_edit_overtook_is_evicted_moments_later()
    {
        using var factory = new PortalFactory();
        var store = factory.Services.GetRequiredService<IOutputCacheStore>();
        var tag = await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Slug == SeedStory.Slug);
            article.Standfirst = "Edited while a reader's request was reading the old one.";
            await db.SaveChangesAsync();
            return ReaderCache.ArticleTag(article.Id);
        });

        // The reader's request read before the save committed and stores its page only now, after the save's eviction.
        await store.SetAsync("late-reader", "the page before the edit"u8.ToArray(), [tag], TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(await store.GetAsync("late-reader", CancellationToken.None));
        var waited = Stopwatch.StartNew();
        while (await store.GetAsync("late-reader", CancellationToken.None) is not null && waited.Elapsed < CacheEviction.SecondEviction * 5)
        {
            await Task.Delay(100);
        }

        Assert.Null(await store.GetAsync("late-reader", CancellationToken.None));
    }

    [Fact]
    public async Task Publishing_an_article_puts_it_on_the_cached_home_page()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await client.GetStringAsync("/");

        await Stories.AddAsync(factory, "Snow closed schools.", "Snow day", ArticleStatus.Published);

        Assert.Contains("Snow day", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Different_queries_are_different_pages()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var found = await client.GetStringAsync("/search?q=denuclearization");
        var missing = await client.GetStringAsync("/search?q=volcano");

        Assert.Contains("Best matches for", found);
        Assert.Contains("Nothing matches", missing);
    }

    [Fact]
    public async Task Quotes_filtered_by_organisation_are_not_the_unfiltered_list()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var all = await (await client.GetAsync("/api/quotes")).JsonAsync();
        var filtered = await client.GetAsync("/api/quotes?organisation=foreign-ministry");

        Assert.True(all.GetProperty("total").GetInt32() > 0);
        Assert.True(filtered.StatusCode == HttpStatusCode.NotFound
            || (await filtered.JsonAsync()).GetProperty("total").GetInt32() == 0, await filtered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Made_up_query_keys_share_the_page_they_do_not_change_and_known_keys_match_in_any_case()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        await client.GetAsync("/search?q=denuclearization");
        factory.Commands.Clear();

        var madeUp = await client.GetStringAsync("/search?q=denuclearization&utm_source=flood&n=12345");
        var queriesForMadeUp = factory.Commands.Sent.Count;
        var otherCase = await client.GetStringAsync("/search?Q=volcano");

        Assert.Equal(0, queriesForMadeUp);
        Assert.Contains("Best matches for", madeUp);
        Assert.Contains("Nothing matches", otherCase);
    }
}
