using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;
using Portal.Web.Corrections;
using Portal.Web.Credits;
using Portal.Web.Hosting;
using Portal.Web.People;
using Portal.Web.Shared;

namespace Portal.Web.Feeds;

/// <summary>RSS 2.0 and Atom feeds (whole site, per tag, per person, per author), sitemaps, robots.txt and the web app manifest.</summary>
public static class FeedEndpoints
{
    private const int FeedSize = 30;
    private const int SitemapLimit = 50_000;

    public static RouteGroupBuilder MapPortalFeeds(this WebApplication web)
    {
        var app = web.MapGroup("");
        app.MapGet("/feed.xml", (HttpContext context, ArticleQueries articles, CancellationToken cancellationToken) =>
            Feed(context, articles, new ArticleFilter(), "Latest news", "/", rss: true, cancellationToken));
        app.MapGet("/atom.xml", (HttpContext context, ArticleQueries articles, CancellationToken cancellationToken) =>
            Feed(context, articles, new ArticleFilter(), "Latest news", "/", rss: false, cancellationToken));
        app.MapGet("/tags/{slug}/feed.xml", async (string slug, HttpContext context, ArticleQueries articles, CancellationToken cancellationToken) =>
            await articles.TagNamedAsync(slug, cancellationToken) is { } tag
                ? await Feed(context, articles, new ArticleFilter(TagSlug: slug), $"Tagged “{tag}”", $"/tags/{slug}", rss: true, cancellationToken)
                : Results.NotFound());
        app.MapGet("/people/{slug}/feed.xml", async (string slug, HttpContext context, ArticleQueries articles, PersonQueries people,
            CancellationToken cancellationToken) =>
            await people.BySlugAsync(slug, cancellationToken) is { } person
                ? await Feed(context, articles, new ArticleFilter(PersonId: person.Id), $"Articles mentioning {person.Name}", $"/people/{slug}", rss: true, cancellationToken)
                : Results.NotFound());
        app.MapGet("/authors/{slug}/feed.xml", async (string slug, HttpContext context, ArticleQueries articles, PortalDbContext db,
            CancellationToken cancellationToken) =>
            await db.AuthorProfiles.Where(p => p.Slug == slug).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) is { } name
                ? await Feed(context, articles, new ArticleFilter { BylineSlug = slug }, $"Stories by {name}", $"/authors/{slug}", rss: true, cancellationToken)
                : Results.NotFound());
        app.MapGet("/corrections.xml", CorrectionsFeed);
        app.MapGet("/sitemap.xml", Sitemap);
        app.MapGet("/news-sitemap.xml", NewsSitemap);
        app.MapGet("/robots.txt", (HttpContext context, IOptions<SiteOptions> site) =>
        {
            var baseUrl = site.Value.BaseUrl(context.Request);
            return Results.Text($"User-agent: *\nAllow: /\nDisallow: /search\nSitemap: {baseUrl}/sitemap.xml\nSitemap: {baseUrl}/news-sitemap.xml\n",
                "text/plain; charset=utf-8");
        });
        app.MapGet("/site.webmanifest", (IOptions<SiteOptions> site) => Results.Json(new
        {
            name = site.Value.Name,
            short_name = site.Value.Name,
            start_url = "/",
            display = "standalone",
            background_color = "#ffffff",
            theme_color = "#0b57a4",
            icons = new[]
            {
                new { src = "/favicon.svg", sizes = "any", type = "image/svg+xml" },
                new { src = "/favicon.ico", sizes = "32x32", type = "image/x-icon" },
            },
        }, contentType: "application/manifest+json"));
        return app;
    }

    private static async Task<IResult> Feed(HttpContext context, ArticleQueries articles, ArticleFilter filter, string title, string path, bool rss,
        CancellationToken cancellationToken)
    {
        var site = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        var baseUrl = site.BaseUrl(context.Request);
        var latest = await articles.ListAsync(filter, 1, FeedSize, cancellationToken);
        var store = context.RequestServices.GetRequiredService<ImageStore>();
        var items = new List<SyndicationItem>();
        foreach (var summary in latest.Items)
        {
            // The whole story for each entry: readers of full-text feeds never need the page.
            if (await articles.PublishedBySlugAsync(summary.Slug, cancellationToken) is { } article)
            {
                items.Add(Entry(article, baseUrl, store, rss));
            }
        }
        var feed = new SyndicationFeed($"{site.Name}: {title}", "News with its people, quotes and photo credits.", new Uri(baseUrl + path))
        {
            Id = baseUrl + path,
            Language = "en",
            LastUpdatedTime = latest.Items.Select(a => a.UpdatedAt).DefaultIfEmpty(DateTime.UnixEpoch).Max(),
            Items = items,
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Name });
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + context.Request.Path), "self", null, rss ? "application/rss+xml" : "application/atom+xml", 0));
        return await XmlAsync(rss ? "application/rss+xml" : "application/atom+xml", writer =>
        {
            if (rss)
            {
                new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true).WriteTo(writer);
            }
            else
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// One story as a feed entry: the standfirst as its summary, its whole text (RSS's content:encoded, Atom's content),
    /// its byline's names as authors (RSS's dc:creator, as RSS's own author element is an e-mail address), its section and
    /// tags as categories, and its first photo with a file as an enclosure.
    /// </summary>
    private static SyndicationItem Entry(ArticleDetail article, string baseUrl, ImageStore store, bool rss)
    {
        var url = $"{baseUrl}/articles/{article.Slug}";
        var item = new SyndicationItem(article.Headline, article.Standfirst ?? article.Headline, new Uri(url), url, article.UpdatedAt)
        {
            PublishDate = article.PublishedAt ?? article.UpdatedAt,
        };
        var html = FeedContent.Html(article, baseUrl);
        if (rss)
        {
            item.ElementExtensions.Add(new System.Xml.Linq.XElement(System.Xml.Linq.XName.Get("encoded", ContentModule), html));
            foreach (var name in article.Byline)
            {
                item.ElementExtensions.Add(new System.Xml.Linq.XElement(System.Xml.Linq.XName.Get("creator", DublinCore), name.Name));
            }
        }
        else
        {
            item.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            foreach (var name in article.Byline)
            {
                item.Authors.Add(new SyndicationPerson(null, name.Name, name.Url is null ? null : baseUrl + name.Url));
            }
        }
        foreach (var category in article.Tags.Select(t => t.Name).Prepend(article.Section).OfType<string>())
        {
            item.Categories.Add(new SyndicationCategory(category));
        }
        if (article.LeadPhoto() is { Url: { } photo } && store.SizeOf(Path.GetFileName(photo)) is { } bytes
            && MediaTypes.TryGetContentType(photo, out var mediaType))
        {
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(new Uri(baseUrl + photo), mediaType, bytes));
        }
        return item;
    }

    /// <summary>The RSS content module, whose encoded element carries an entry's whole text.</summary>
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>The Dublin Core elements, whose creator names an entry's writer or agency in RSS.</summary>
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The media types static files are served with, which an enclosure must repeat.</summary>
    private static readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider MediaTypes = new();

    /// <summary>Each correction or clarification as an Atom entry of its own, linking to the foot of the story it corrects.</summary>
    private static async Task<IResult> CorrectionsFeed(HttpContext context, CorrectionQueries corrections, IOptions<SiteOptions> options,
        CancellationToken cancellationToken)
    {
        var site = options.Value;
        var baseUrl = site.BaseUrl(context.Request);
        var latest = await corrections.LatestAsync(FeedSize, cancellationToken);
        var feed = new SyndicationFeed($"{site.Name}: corrections and clarifications", "Every correction and clarification of our stories.",
            new Uri(baseUrl + "/corrections"))
        {
            Id = baseUrl + "/corrections",
            Language = "en",
            LastUpdatedTime = latest.Select(c => c.At).DefaultIfEmpty(DateTime.UnixEpoch).Max(),
            Items = latest.Select(correction =>
            {
                var url = $"{baseUrl}/articles/{correction.ArticleSlug}#corrections";
                var item = new SyndicationItem($"{correction.Label}: {correction.ArticleHeadline}", correction.Text, new Uri(url),
                    $"{baseUrl}/corrections#correction-{correction.Id}", correction.At)
                {
                    PublishDate = correction.At,
                };
                item.Categories.Add(new SyndicationCategory(correction.Label));
                return item;
            }).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = site.Name });
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + context.Request.Path), "self", null, "application/atom+xml", 0));
        return await XmlAsync("application/atom+xml", writer =>
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
            return Task.CompletedTask;
        });
    }

    private static async Task<IResult> Sitemap(HttpContext context, PortalDbContext db, TimeProvider clock, IOptions<SiteOptions> site,
        CancellationToken cancellationToken)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var baseUrl = site.Value.BaseUrl(context.Request);
        var articles = await db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime)
            .OrderByDescending(a => a.PublishedAt).Take(SitemapLimit - 1)
            .Select(a => new { a.Slug, a.UpdatedAt }).ToListAsync(cancellationToken);
        return await XmlAsync("application/xml", async writer =>
        {
            await writer.WriteStartElementAsync(null, "urlset", ns);
            await Url(writer, ns, baseUrl + "/", null);
            foreach (var article in articles)
            {
                await Url(writer, ns, $"{baseUrl}/articles/{article.Slug}", article.UpdatedAt);
            }
            await writer.WriteEndElementAsync();
        });
    }

    /// <summary>Articles of the last two days, the window news search engines read.</summary>
    private static async Task<IResult> NewsSitemap(HttpContext context, PortalDbContext db, TimeProvider clock, IOptions<SiteOptions> site,
        CancellationToken cancellationToken)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string news = "http://www.google.com/schemas/sitemap-news/0.9";
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-2);
        var baseUrl = site.Value.BaseUrl(context.Request);
        var articles = await db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.PublishedAt >= since)
            .OrderByDescending(a => a.PublishedAt).Take(1000)
            .Select(a => new { a.Slug, a.Headline, a.PublishedAt }).ToListAsync(cancellationToken);
        return await XmlAsync("application/xml", async writer =>
        {
            await writer.WriteStartElementAsync(null, "urlset", ns);
            await writer.WriteAttributeStringAsync("xmlns", "news", null, news);
            foreach (var article in articles)
            {
                await writer.WriteStartElementAsync(null, "url", ns);
                await writer.WriteElementStringAsync(null, "loc", ns, $"{baseUrl}/articles/{article.Slug}");
                await writer.WriteStartElementAsync("news", "news", news);
                await writer.WriteStartElementAsync("news", "publication", news);
                await writer.WriteElementStringAsync("news", "name", news, site.Value.Name);
                await writer.WriteElementStringAsync("news", "language", news, "en");
                await writer.WriteEndElementAsync();
                await writer.WriteElementStringAsync("news", "publication_date", news, Dates.Iso(article.PublishedAt!.Value));
                await writer.WriteElementStringAsync("news", "title", news, article.Headline);
                await writer.WriteEndElementAsync();
                await writer.WriteEndElementAsync();
            }
            await writer.WriteEndElementAsync();
        });
    }

    private static async Task Url(XmlWriter writer, string ns, string location, DateTime? modified)
    {
        await writer.WriteStartElementAsync(null, "url", ns);
        await writer.WriteElementStringAsync(null, "loc", ns, location);
        if (modified is { } lastModified)
        {
            await writer.WriteElementStringAsync(null, "lastmod", ns, Dates.Iso(lastModified));
        }
        await writer.WriteEndElementAsync();
    }

    private static async Task<IResult> XmlAsync(string contentType, Func<XmlWriter, Task> write)
    {
        var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) }))
        {
            await write(writer);
        }
        return Results.Bytes(buffer.ToArray(), contentType + "; charset=utf-8");
    }
}
