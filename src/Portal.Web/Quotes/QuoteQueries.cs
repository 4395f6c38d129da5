using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Quotes;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

public sealed record QuoteListItem(int Id, string Text, bool IsFragment, string? SpeakerSlug, string? SpeakerName,
    string ArticleSlug, string ArticleHeadline, DateTime? PublishedAt, QuoteSourceItem Source, QuoteInContext Sentence)
{
    private const int ExcerptLength = 140;

    public string Link => $"/articles/{ArticleSlug}#quote-{Id}";

    /// <summary>The quote's own page, whose shared link shows its card.</summary>
    public string Page => $"/quotes/{Id}";

    /// <summary>The words alone: typographic marks, without the wire's trailing comma.</summary>
    public string Words => Typography.Curly(Text).TrimEnd(',', ';', ':', ' ');

    /// <summary>The words alone, for a strip of quotes, cut at a word.</summary>
    public string Excerpt
    {
        get
        {
            var words = Words;
            if (words.Length <= ExcerptLength)
            {
                return words;
            }
            var cut = words.LastIndexOf(' ', ExcerptLength);
            return words[..(cut > 0 ? cut : ExcerptLength)] + "…";
        }
    }
}

public sealed record Speaker(string Slug, string Name, int Quotes);

/// <summary>Which quotes: by speaker (slug), containing all the words, in one article (slug), by organisation (slug), or one quote by id.</summary>
public sealed record QuoteFilter(string? Speaker = null, string? Words = null, string? Article = null, string? Organisation = null)
{
    public int? Id { get; init; }

    /// <summary>Quotes in drafts and scheduled articles too, and words marked as not speech, for editors.</summary>
    public bool IncludeUnpublished { get; init; }
}

public sealed class QuoteQueries(PortalDbContext db, TimeProvider clock)
{
    public const int MaxSearchLength = 200;

    /// <summary>Quotes in published articles (unless the filter says otherwise), newest first.</summary>
    public async Task<PageOf<QuoteListItem>> SearchAsync(QuoteFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var quotes = db.Quotes.AsNoTracking();
        if (!filter.IncludeUnpublished)
        {
            quotes = quotes.Where(ArticleVisibility.QuoteVisibleAt(now)).Where(q => !q.IsNotSpeech);
        }
        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            quotes = quotes.Where(q => q.Organisation != null && q.Organisation.Slug == filter.Organisation);
        }
        if (!string.IsNullOrWhiteSpace(filter.Speaker))
        {
            quotes = quotes.Where(q => q.Speaker != null && q.Speaker.Slug == filter.Speaker);
        }
        if (!string.IsNullOrWhiteSpace(filter.Article))
        {
            quotes = quotes.Where(q => q.Article.Slug == filter.Article);
        }
        if (filter.Id is { } id)
        {
            quotes = quotes.Where(q => q.Id == id);
        }
        foreach (var word in Words(filter.Words))
        {
            var pattern = "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // Words match whatever their case: SQLite's LIKE ignores case, PostgreSQL's needs ILIKE.
            quotes = db.Database.IsNpgsql()
                ? quotes.Where(q => EF.Functions.ILike(q.Text, pattern, "\\"))
                : quotes.Where(q => EF.Functions.Like(q.Text, pattern, "\\"));
        }
        var total = await quotes.CountAsync(cancellationToken);
        var rows = await quotes
            .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Position)
            .PageAt(page, pageSize)
            .Select(q => new
            {
                q.Id, q.Text, q.IsFragment, q.UnnamedSource, q.IsNotSpeech,
                SpeakerSlug = q.Speaker == null ? null : q.Speaker.Slug,
                SpeakerName = q.Speaker == null ? null : q.Speaker.Name,
                OrganisationSlug = q.Organisation == null ? null : q.Organisation.Slug,
                OrganisationName = q.Organisation == null ? null : q.Organisation.Name,
                ArticleSlug = q.Article.Slug, q.Article.Headline, q.Article.PublishedAt,
                q.Offset, Paragraph = q.Block.Text,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(q => new QuoteListItem(q.Id, q.Text, q.IsFragment, q.SpeakerSlug, q.SpeakerName, q.ArticleSlug, q.Headline, q.PublishedAt,
            QuoteSourceItem.Of(Quote.KindOf(q.SpeakerSlug is not null, q.OrganisationSlug is not null, q.UnnamedSource is not null, q.IsNotSpeech),
                q.SpeakerSlug ?? q.OrganisationSlug, q.SpeakerName ?? q.OrganisationName ?? q.UnnamedSource),
            QuoteInContext.Of(q.Paragraph, q.Offset, q.Text))).ToList();
        return new(items, page, pageSize, total);
    }

    /// <summary>One quote of a published article, not words marked as not speech; null when there is none.</summary>
    public async Task<QuoteListItem?> PublishedByIdAsync(int id, CancellationToken cancellationToken) =>
        (await SearchAsync(new QuoteFilter { Id = id }, 1, 1, cancellationToken)).Items.SingleOrDefault();

    /// <summary>"Who said what": the people most quoted among the newest published quotes, each with their newest quote.</summary>
    public async Task<List<QuoteListItem>> WhoSaidWhatAsync(int people, CancellationToken cancellationToken)
    {
        var newest = await SearchAsync(new QuoteFilter(), 1, 60, cancellationToken);
        return newest.Items.Where(q => q.SpeakerSlug is not null).GroupBy(q => q.SpeakerSlug)
            .OrderByDescending(g => g.Count()).Take(people).Select(g => g.First()).ToList();
    }

    /// <summary>Everyone quoted in a published article, most quoted first.</summary>
    public Task<List<Speaker>> SpeakersAsync(CancellationToken cancellationToken)
    {
        var visible = ArticleVisibility.QuoteVisibleAt(clock.GetUtcNow().UtcDateTime);
        return db.People.AsNoTracking()
            .Select(p => new
            {
                p.Slug,
                p.Name,
                Quotes = db.Quotes.Where(visible).Count(q => q.SpeakerId == p.Id),
            })
            .Where(s => s.Quotes > 0)
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name)
            .Take(200)
            .Select(s => new Speaker(s.Slug, s.Name, s.Quotes))
            .ToListAsync(cancellationToken);
    }

    // Control characters match nothing a story prints, and PostgreSQL refuses a NUL in text outright.
    private static IEnumerable<string> Words(string? text) =>
        new string((text ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10);
}
