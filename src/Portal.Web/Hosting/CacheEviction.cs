using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Hosting;

/// <summary>
/// After every successful save, evicts the cached pages that showed what changed: the article itself,
/// any page showing a changed person, image or agency, and every list page.
/// </summary>
public sealed class CacheEviction(IOutputCacheStore store, ILogger<CacheEviction> logger) : SaveChangesInterceptor
{
    private readonly List<object> _changed = [];
    private readonly HashSet<string> _formerTags = [];

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
        await EvictAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget();
        return Task.CompletedTask;
    }

    private void Forget()
    {
        _changed.Clear();
        _formerTags.Clear();
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            _changed.Add(entry.Entity);
            // Pages cached under a person's or agency's old slug show them too.
            if (entry.State == EntityState.Modified && entry.Entity is Person or Agency)
            {
                var slug = (string)entry.OriginalValues["Slug"]!;
                _formerTags.Add(entry.Entity is Person ? ReaderCache.PersonTag(slug) : ReaderCache.AgencyTag(slug));
            }
        }
    }

    private async ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        if (_changed.Count == 0)
        {
            return;
        }
        // Ids of added rows are known only now, after the save.
        var tags = _changed.Select(TagOf).OfType<string>().Concat(_formerTags).Append(ReaderCache.Lists).ToHashSet();
        _changed.Clear();
        _formerTags.Clear();
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
        logger.LogDebug("Evicted cached pages tagged {Tags}", tags);
    }

    private static string? TagOf(object entity) => entity switch
    {
        Article article => ReaderCache.ArticleTag(article.Id),
        ArticleBlock block => ReaderCache.ArticleTag(block.ArticleId),
        ArticleTag tag => ReaderCache.ArticleTag(tag.ArticleId),
        ArticleMention mention => ReaderCache.ArticleTag(mention.ArticleId),
        Quote quote => ReaderCache.ArticleTag(quote.ArticleId),
        Person person => ReaderCache.PersonTag(person.Slug),
        Image image => ReaderCache.ImageTag(image.Id),
        ImageCredit credit => ReaderCache.ImageTag(credit.ImageId),
        Agency agency => ReaderCache.AgencyTag(agency.Slug),
        _ => null,
    };
}
