using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Data.Quotes;
using Portal.Web.Articles;

namespace Portal.Web.Caching;

/// <summary>
/// After every successful save, evicts the cached pages that showed what changed: the article itself,
/// any page showing a changed person, image or agency, and every list page. One instance serves every
/// context (contexts are pooled); what a save changed is kept per context until the save ends.
/// </summary>
public sealed class CacheEviction(IOutputCacheStore store, ArticleResponseCache articleResponses, IHostApplicationLifetime lifetime,
    ILogger<CacheEviction> logger) : SaveChangesInterceptor
{
    /// <summary>Longer than a reader's request takes, short enough that a stale page is gone in moments.</summary>
    public static readonly TimeSpan SecondEviction = TimeSpan.FromSeconds(2);

    private readonly ConditionalWeakTable<DbContext, PendingEviction> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var pending = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            pending.Changed.Add(entry.Entity);
            // Pages cached under a person's, organisation's, agency's or author's old slug show them too.
            if (entry.State == EntityState.Modified && entry.Entity is Person or Organisation or Agency or Data.Accounts.AuthorProfile)
            {
                var slug = (string)entry.OriginalValues["Slug"]!;
                pending.FormerTags.Add(entry.Entity switch
                {
                    Person => ReaderCache.PersonTag(slug),
                    Organisation => ReaderCache.OrganisationTag(slug),
                    Agency => ReaderCache.AgencyTag(slug),
                    _ => ReaderCache.AuthorTag(slug),
                });
            }
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }
        _pending.Remove(context);
        if (pending.Changed.Count == 0)
        {
            return;
        }
        // Ids of added rows are known only now, after the save.
        var tags = pending.Changed.Select(TagOf).OfType<string>().Concat(pending.FormerTags).Append(ReaderCache.Lists).ToHashSet();
        articleResponses.Evict(tags);
        await EvictFromStoreAsync(tags, cancellationToken);
        logger.LogDebug("Evicted cached pages tagged {Tags}", tags);
        // A reader whose request read the article before this save committed stores its page when it ends, which may be
        // after the eviction above, on this instance or another. The output cache cannot tell (the in-process article
        // cache can, and keeps such reads out); evicting once more after such reads have ended drops what they stored.
        _ = EvictAgainAsync(tags);
    }

    private async ValueTask EvictFromStoreAsync(HashSet<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    private async Task EvictAgainAsync(HashSet<string> tags)
    {
        try
        {
            await Task.Delay(SecondEviction, lifetime.ApplicationStopping);
            await EvictFromStoreAsync(tags, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the cache goes with the process, or expires in Redis.
        }
        catch (Exception error)
        {
            logger.LogError(error, "Cached pages tagged {Tags} could not be evicted a second time", tags);
        }
    }

    private sealed class PendingEviction
    {
        public List<object> Changed { get; } = [];
        public HashSet<string> FormerTags { get; } = [];
    }

    private static string? TagOf(object entity) => entity switch
    {
        Article article => ReaderCache.ArticleTag(article.Id),
        ArticleBlock block => ReaderCache.ArticleTag(block.ArticleId),
        ArticleTag tag => ReaderCache.ArticleTag(tag.ArticleId),
        ArticleByline byline => ReaderCache.ArticleTag(byline.ArticleId),
        Data.Accounts.AuthorProfile profile => ReaderCache.AuthorTag(profile.Slug),
        ArticleMention mention => ReaderCache.ArticleTag(mention.ArticleId),
        Quote quote => ReaderCache.ArticleTag(quote.ArticleId),
        Person person => ReaderCache.PersonTag(person.Slug),
        Organisation organisation => ReaderCache.OrganisationTag(organisation.Slug),
        Image image => ReaderCache.ImageTag(image.Id),
        ImageCredit credit => ReaderCache.ImageTag(credit.ImageId),
        Agency agency => ReaderCache.AgencyTag(agency.Slug),
        _ => null,
    };
}
