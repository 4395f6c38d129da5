using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seed;

/// <summary>The first start seeds the wire story once; later starts add nothing and keep editors' changes.</summary>
public sealed class SeedingTests
{
    [Fact]
    public async Task The_first_start_publishes_the_seed_story_with_its_people_quotes_and_credits()
    {
        using var factory = new PortalFactory();

        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var article = await db.Articles.Include(a => a.Blocks).Include(a => a.Quotes).ThenInclude(q => q.Speaker).SingleAsync();
            Assert.Equal(ArticleStatus.Published, article.Status);
            Assert.Equal(new DateTime(2018, 5, 31, 16, 0, 0, DateTimeKind.Utc), article.PublishedAt);
            Assert.Equal("New York", article.Dateline);
            Assert.Equal(SeedStory.Paragraphs, article.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
            Assert.Equal(SeedStory.Photos, article.Blocks.Count(b => b.Kind == BlockKind.Figure));
            Assert.Equal(SeedStory.PompeoQuotes, article.Quotes.Count(q => q.Speaker?.Name == "Mike Pompeo"));
            Assert.Equal("Donald Trump", Assert.Single(article.Quotes, q => q.Speaker?.Name != "Mike Pompeo").Speaker!.Name);
            Assert.Equal(["Donald Trump", "Kim Jong Un", "Kim Yong Chol", "Mike Pompeo"], await db.People.Select(p => p.Name).OrderBy(n => n).ToListAsync());

            var kyodo = await db.Agencies.SingleAsync(a => a.Name == "Kyodo");
            Assert.Equal(SeedStory.Photos, await db.Set<Portal.Data.Credits.ImageCredit>().CountAsync(c => c.AgencyId == kyodo.Id));
            Assert.Equal(["Getty", "KCNA", "Kyodo", "UPI"], await db.Agencies.Select(a => a.Name).OrderBy(n => n).ToListAsync());
        });
    }

    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        using var folder = new TempFolder();
        using var first = new PortalFactory(folder.DatabasePath);
        var before = await Counts(first);
        first.Dispose();

        using var second = new PortalFactory(folder.DatabasePath);

        Assert.Equal(before, await Counts(second));
        Assert.Equal((1, 4, 14, 4, 2), before);
    }

    [Fact]
    public async Task A_restart_never_overwrites_or_re_adds_what_editors_changed()
    {
        using var folder = new TempFolder();
        using var first = new PortalFactory(folder.DatabasePath);
        await first.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var article = await db.Articles.SingleAsync();
            article.Headline = "An editor's better headline";
            db.Quotes.RemoveRange(await db.Quotes.Where(q => q.IsFragment).ToListAsync());
            await db.SaveChangesAsync();
        });
        first.Dispose();

        using var second = new PortalFactory(folder.DatabasePath);
        await second.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            Assert.Equal("An editor's better headline", (await db.Articles.SingleAsync()).Headline);
            Assert.Equal(9, await db.Quotes.CountAsync());
            db.Articles.Remove(await db.Articles.SingleAsync());
            await db.SaveChangesAsync();
        });
        second.Dispose();

        using var third = new PortalFactory(folder.DatabasePath);
        await third.WithServicesAsync(async services =>
            Assert.Equal(0, await services.GetRequiredService<PortalDbContext>().Articles.CountAsync()));
    }

    private static Task<(int Articles, int People, int Quotes, int Agencies, int Images)> Counts(PortalFactory factory) =>
        factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            return (await db.Articles.CountAsync(), await db.People.CountAsync(), await db.Quotes.CountAsync(),
                await db.Agencies.CountAsync(), await db.Images.CountAsync());
        });
}
