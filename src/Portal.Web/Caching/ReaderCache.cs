using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Web.Articles;
using Portal.Web.Hosting;

namespace Portal.Web.Caching;

/// <summary>
/// Output caching for what anonymous readers see. An article page is tagged with the article, people,
/// images and agencies it shows, and so is its API representation; every other page or API read (lists,
/// feeds, people, credits, search) is tagged <see cref="Lists"/>. Requests that carry credentials are never
/// cached or served from the cache. <see cref="CacheEviction"/> drops exactly what an edit changes.
/// Configuration "Portal:OutputCache:Enabled" = false turns caching off.
/// </summary>
/// <remarks>
/// Everything Portal caches lives in this folder:
/// <list type="bullet">
/// <item>the output cache (this class): readers' pages and API reads, in memory or, scaled out, in Redis through
/// <see cref="ForgivingCacheStore"/>, for "Portal:OutputCache:Seconds";</item>
/// <item><see cref="ArticleResponseCache"/>: ready bytes of the anonymous article API read, in one process, off when
/// Redis is shared;</item>
/// <item><see cref="ContentETags"/>: no store of its own; an ETag for each answer and 304 for a revalidation.</item>
/// </list>
/// Both stores are evicted by tag in one place, <see cref="CacheEviction"/>, after every successful save: right
/// away, and again moments later for a page that a read stored while the edit was being saved.
/// </remarks>
public static class ReaderCache
{
    public const string Policy = "Reader";
    public const string Lists = "lists";

    /// <summary>
    /// The query keys readers' pages and API reads answer to. Other keys change nothing on the page, so they make no
    /// cache entry of their own: made-up keys cannot flood the cache or push out what readers read.
    /// </summary>
    private static readonly string[] QueryKeys = ["page", "pageSize", "q", "sort", "tag", "section", "person", "from", "to", "status", "speaker", "article", "organisation"];

    public static string ArticleTag(int id) => $"article:{id}";
    public static string PersonTag(string slug) => $"person:{slug}";
    public static string AgencyTag(string slug) => $"agency:{slug}";
    public static string OrganisationTag(string slug) => $"organisation:{slug}";
    public static string ImageTag(int id) => $"image:{id}";
    public static string AuthorTag(string slug) => $"author:{slug}";

    public static IServiceCollection AddReaderCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = IsEnabled(configuration);
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Portal:OutputCache:Seconds", 300));
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy =>
            {
                policy.Expire(lifetime).SetVaryByQuery(QueryKeys).AddPolicy<ListsUnlessTagged>();
                if (!enabled)
                {
                    policy.NoCache();
                }
            });
        });
        services.AddSingleton(provider => new ArticleResponseCache(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<PortalMetrics>(), lifetime));
        services.AddSingleton<IInterceptor, CacheEviction>();
        services.AddSingleton<PortalMetrics>();
        return services;
    }

    /// <summary>
    /// Answers anonymous reads of an article through the API before routing (<see cref="ArticleResponseCache"/>), while
    /// the cache is on and kept in this process; with a shared cache (Redis) the output cache alone serves them.
    /// </summary>
    public static WebApplication UseArticleResponseCache(this WebApplication app)
    {
        if (IsEnabled(app.Configuration) && !RedisSetup.IsConfigured(app.Configuration))
        {
            app.UseMiddleware<ArticleResponseCache>();
        }
        return app;
    }

    private static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Portal:OutputCache:Enabled", true);

    /// <summary>
    /// A page that named what it shows keeps those tags; any other page is a list. An endpoint that needs an
    /// account is never cached nor served from the cache, whatever else its metadata says.
    /// </summary>
    private sealed class ListsUnlessTagged(PortalMetrics metrics) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var endpoint = context.HttpContext.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null)
            {
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            metrics.CacheLookup(hit: true);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.AllowCacheLookup)
            {
                metrics.CacheLookup(hit: false);
            }
            if (context.Tags.Count == 0)
            {
                context.Tags.Add(Lists);
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Everything an article's page or API representation shows: the article, its people, organisations, photos and agencies.</summary>
    public static IEnumerable<string> TagsFor(Articles.ArticleDetail article) =>
    [
        ArticleTag(article.Id),
        .. article.People.Select(p => PersonTag(p.Slug)),
        .. article.Quotes.Where(q => q.Speaker is not null).Select(q => PersonTag(q.Speaker!.Slug)),
        .. article.Quotes.Where(q => q.Source.Value == Data.Quotes.QuoteSourceKind.Organisation).Select(q => OrganisationTag(q.Source.Slug!)),
        .. article.Blocks.Where(b => b.Image is not null).Select(b => ImageTag(b.Image!.Id)),
        .. article.Blocks.SelectMany(b => b.Image?.Credit ?? []).Select(a => AgencyTag(a.Slug)),
        .. article.Byline.Select(b => AuthorTag(Data.Articles.ArticleByline.SlugOf(b.Name))),
    ];

    /// <summary>Adds tags to the page being cached, naming what it shows (also for <see cref="ArticleResponseCache"/>).</summary>
    public static void TagResponse(this HttpContext context, IEnumerable<string> tags)
    {
        var names = tags.ToList();
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.UnionWith(names);
        context.Features.Get<ArticleTags>()?.Names.UnionWith(names);
    }
}
