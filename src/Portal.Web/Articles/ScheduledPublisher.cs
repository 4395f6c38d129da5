using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;

namespace Portal.Web.Articles;

/// <summary>
/// Publishes scheduled articles when their time comes: every half minute (Portal:Publishing:CheckSeconds)
/// each due article becomes Published through the same save as an editor's, so its revision is written and
/// the cached pages that list it are evicted. With several instances on PostgreSQL, one publishes at a time.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Portal:Publishing:CheckSeconds", 30)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Publishing scheduled articles failed; trying again at the next check");
            }
        }
    }

    public async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        if (!db.Database.IsNpgsql())
        {
            await PublishDueAsync(db, editor, cancellationToken);
            return;
        }
        // Several instances share one PostgreSQL database: whichever takes the lock publishes, the others skip this
        // round. The lock belongs to the connection, which stays open for the whole round.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({PublishingLock}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                try
                {
                    await PublishDueAsync(db, editor, cancellationToken);
                }
                finally
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PublishingLock})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The advisory lock that one instance holds while it publishes; any number, the same in every instance.</summary>
    public const long PublishingLock = 20_180_531;

    private async Task PublishDueAsync(PortalDbContext db, ArticleEditor editor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .Select(a => a.Slug).ToListAsync(cancellationToken);
        foreach (var slug in due)
        {
            if (await editor.LoadAsync(slug, cancellationToken) is { Status: ArticleStatus.Scheduled } article)
            {
                await editor.PublishAsync(article, article.PublishedAt, actor: null, cancellationToken);
                logger.LogInformation("Published the scheduled article {Slug}", slug);
            }
        }
    }
}
