using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

public sealed record QuoteListItem(int Id, string Text, bool IsFragment, string? SpeakerSlug, string? SpeakerName,
    string ArticleSlug, string ArticleHeadline, DateTime? PublishedAt)
{
    public string Link => $"/articles/{ArticleSlug}#quote-{Id}";
}

public sealed record Speaker(string Slug, string Name, int Quotes);

public sealed class QuoteQueries(PortalDbContext db, TimeProvider clock)
{
    public const int MaxSearchLength = 200;

    /// <summary>Quotes in published articles, newest first, by speaker (slug) and containing all the given words.</summary>
    public async Task<PageOf<QuoteListItem>> SearchAsync(string? speaker, string? words, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quotes = db.Quotes.AsNoTracking()
            .Where(q => q.Article.Status == ArticleStatus.Published && q.Article.PublishedAt <= now);
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            quotes = quotes.Where(q => q.Speaker != null && q.Speaker.Slug == speaker);
        }
        foreach (var word in Words(words))
        {
            var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            quotes = quotes.Where(q => EF.Functions.Like(q.Text, pattern, "\\"));
        }
        var total = await quotes.CountAsync(cancellationToken);
        var items = await quotes
            .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Position)
            .PageAt(page, pageSize)
            .Select(q => new QuoteListItem(q.Id, q.Text, q.IsFragment, q.Speaker == null ? null : q.Speaker.Slug,
                q.Speaker == null ? null : q.Speaker.Name, q.Article.Slug, q.Article.Headline, q.Article.PublishedAt))
            .ToListAsync(cancellationToken);
        return new(items, page, pageSize, total);
    }

    /// <summary>Everyone quoted in a published article, most quoted first.</summary>
    public Task<List<Speaker>> SpeakersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.People.AsNoTracking()
            .Select(p => new
            {
                p.Slug,
                p.Name,
                Quotes = db.Quotes.Count(q => q.SpeakerId == p.Id && q.Article.Status == ArticleStatus.Published && q.Article.PublishedAt <= now),
            })
            .Where(s => s.Quotes > 0)
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name)
            .Take(200)
            .Select(s => new Speaker(s.Slug, s.Name, s.Quotes))
            .ToListAsync(cancellationToken);
    }

    private static IEnumerable<string> Words(string? text) =>
        (text ?? "").Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(10);
}
