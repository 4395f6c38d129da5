using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Imports;

namespace Portal.Tests.Infrastructure;

/// <summary>Puts a test's own story into the store through the real importer.</summary>
public static class Stories
{
    public static Task<string> AddAsync(PortalFactory factory, string text, string headline, ArticleStatus status, DateTime? publishedAt = null) =>
        factory.WithServicesAsync(async services =>
        {
            var (article, draft) = await services.GetRequiredService<WireImporter>()
                .ImportAsync(new WireImportRequest(text, headline), CancellationToken.None);
            Assert.NotNull(article);
            article.Status = status;
            article.PublishedAt = status == ArticleStatus.Draft ? null : publishedAt ?? DateTime.UtcNow.AddMinutes(-1);
            await services.GetRequiredService<PortalDbContext>().SaveChangesAsync();
            return article.Slug;
        });
}
