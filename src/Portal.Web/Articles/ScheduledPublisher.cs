using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;

namespace Portal.Web.Articles;

/// <summary>
/// Publishes scheduled articles when their time comes: every half minute (Portal:Publishing:CheckSeconds)
/// each due article becomes Published through the same save as an editor's, so its revision is written and
/// the cached pages that list it are evicted.
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
