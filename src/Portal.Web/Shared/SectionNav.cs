using Microsoft.Extensions.Caching.Memory;
using Portal.Web.Articles;

namespace Portal.Web.Shared;

/// <summary>
/// The sections the masthead links to: the few with the most published stories. Counting them reads every published
/// story, so the answer is kept for a minute; a new section shows in the masthead within that minute.
/// </summary>
public sealed class SectionNav(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private const int Shown = 5;
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<TagItem>> SectionsAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(nameof(SectionNav), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Kept;
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ArticleQueries>().TopSectionsAsync(Shown, cancellationToken);
        }) ?? [];
}
