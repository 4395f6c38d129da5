using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Portal.Data;
using Portal.Tests.Infrastructure;
using Portal.Web.Articles;

namespace Portal.Tests.Articles;

/// <summary>Instances sharing one PostgreSQL database publish a scheduled article once: one at a time, whichever checks first.</summary>
[Trait(Store.Trait, Store.PostgreSql)]
public sealed class ScheduledPublishingTests
{
    [Fact]
    public async Task Checks_running_at_once_publish_a_due_article_once()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var url = (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new { headline = "Due at once", body = "A paragraph." })).Headers.Location!.AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await api.SendJsonAsync(HttpMethod.Post, url + "/publish", new { at = DateTime.UtcNow.AddDays(1) })).StatusCode);
        var revisionsBefore = await RevisionsAsync(factory);
        await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().Articles.Where(a => a.Slug == "due-at-once")
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.PublishedAt, DateTime.UtcNow.AddMinutes(-1))));
        var publisher = factory.Services.GetServices<IHostedService>().OfType<ScheduledPublisher>().Single();

        // While another instance holds the publishing lock, this one's check leaves the article alone.
        // Outside the pool: a pooled connection would keep its session lock after being closed.
        await using (var otherInstance = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(factory.PostgreSqlConnectionString) { Pooling = false }.ToString()))
        {
            await otherInstance.OpenAsync();
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({ScheduledPublisher.PublishingLock})", otherInstance);
            await take.ExecuteNonQueryAsync();
            await publisher.PublishDueAsync(CancellationToken.None);
            Assert.Equal("scheduled", (await (await api.GetAsync(url)).JsonAsync()).GetProperty("status").GetString());
        }
        // As if four instances' timers fired together; each check has its own scope and connection.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => publisher.PublishDueAsync(CancellationToken.None))));

        Assert.Equal("published", (await (await api.GetAsync(url)).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(revisionsBefore + 1, await RevisionsAsync(factory));
    }

    private static Task<int> RevisionsAsync(PortalFactory factory) => factory.WithServicesAsync(services =>
        services.GetRequiredService<PortalDbContext>().ArticleRevisions.CountAsync(r => r.Article!.Slug == "due-at-once"));
}
