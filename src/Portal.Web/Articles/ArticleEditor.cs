using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Web.Accounts;
using Portal.Web.Credits;
using Portal.Web.Imports;
using Portal.Web.Search;

namespace Portal.Web.Articles;

/// <summary>The outcome of a save: the article, or errors by field; and the importer's warnings either way.</summary>
public sealed record ArticleSave(Article? Article, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<ImportProblem> Warnings)
{
    public static ArticleSave Failed(string field, string message, IReadOnlyList<ImportProblem>? warnings = null) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] }, warnings ?? []);
}

/// <summary>
/// Every change to an article, for the API and the admin forms alike. Each save re-reads the body for
/// quotes, people and credits, keeps the attributions and photos already settled, writes a revision and
/// an audit entry, and saves it all in one transaction.
/// </summary>
public sealed class ArticleEditor(PortalDbContext db, WireImporter importer, TimeProvider clock, AuditLog audit, ImageStore store)
{
    /// <summary>The article with everything an edit touches, tracked.</summary>
    public Task<Article?> LoadAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles
            .Include(a => a.Blocks).ThenInclude(b => b.Image).ThenInclude(i => i!.Credits).ThenInclude(c => c.Agency)
            .Include(a => a.Tags)
            .Include(a => a.Bylines)
            .Include(a => a.Mentions).ThenInclude(m => m.Person)
            .Include(a => a.Quotes).ThenInclude(q => q.Speaker)
            .Include(a => a.Quotes).ThenInclude(q => q.Organisation)
            .Include(a => a.Corrections)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>The slug the article once published under <paramref name="former"/> has now; null when no article had it.</summary>
    public Task<string?> RenamedFromAsync(string former, CancellationToken cancellationToken) =>
        db.FormerSlugs.Where(f => f.Slug == former)
            .Join(db.Articles, f => f.ArticleId, a => a.Id, (_, a) => a.Slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Gives the article a new slug, saved with the next save; the old one answers with a permanent redirect from then
    /// on. A message when another article has or had the slug.
    /// </summary>
    public async Task<string?> RenameAsync(Article article, string slug, CancellationToken cancellationToken)
    {
        if (slug == article.Slug)
        {
            return null;
        }
        if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != article.Id, cancellationToken)
            || await db.FormerSlugs.AnyAsync(f => f.Slug == slug && f.ArticleId != article.Id, cancellationToken))
        {
            return $"The slug \"{slug}\" is taken by another article.";
        }
        // Taking back a slug of its own from before: it is no longer a former one.
        if (await db.FormerSlugs.FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken) is { } own)
        {
            db.FormerSlugs.Remove(own);
        }
        db.FormerSlugs.Add(new FormerSlug { Slug = article.Slug, ArticleId = article.Id });
        article.Slug = slug;
        return null;
    }

    /// <summary>Adds a correction or clarification to a published article, with a revision; a message when it cannot be added.</summary>
    public async Task<string?> CorrectAsync(Article article, CorrectionKind kind, string text, string? actor, CancellationToken cancellationToken)
    {
        if (article.Status != ArticleStatus.Published)
        {
            return "Only a published article takes a correction: a draft or a scheduled one is simply edited.";
        }
        article.Corrections.Add(new Correction { Kind = kind, Text = text.Trim(), At = clock.GetUtcNow().UtcDateTime, Actor = actor });
        var change = kind == CorrectionKind.Clarification ? "clarification added" : "correction added";
        await SaveWithRevisionAsync(article, change, actor, "article.corrected", cancellationToken);
        return null;
    }

    /// <summary>The article's editable text as it stands.</summary>
    public static ArticleText TextOf(Article article) => article.Text(ArticleBody.WireText(article.Blocks));

    /// <summary>A new draft; <paramref name="ownerId"/> is the account that may keep editing it as a writer.</summary>
    public async Task<ArticleSave> CreateAsync(ArticleText text, string? slug, string? actor, string? ownerId, CancellationToken cancellationToken)
    {
        if (slug is { } wanted && await db.Articles.AnyAsync(a => a.Slug == wanted, cancellationToken))
        {
            return ArticleSave.Failed(nameof(NewArticleInput.Slug), $"The slug \"{wanted}\" is taken by another article.");
        }
        var built = await importer.BuildAsync(new(text.Body, text.Headline), cancellationToken);
        if (built.Article is not { } article)
        {
            return BodyErrors(built.Draft);
        }
        WriteHeader(article, article, text);
        article.Slug = slug
            ?? await Slug.UniqueAsync(db.Articles.Select(a => a.Slug), article.Slug, Article.SlugMaxLength, cancellationToken);
        article.CreatedById = ownerId;
        var body = new NewArticleBody(db, article);
        db.Articles.Add(article);
        await SaveWithRevisionAsync(article, "created", actor, "article.created", cancellationToken, body);
        // The body was written past EF (see NewArticleBody); nothing of the new article stays tracked half-known.
        db.ChangeTracker.Clear();
        return new(article, new Dictionary<string, string[]>(), Warnings(built.Draft));
    }

    /// <summary>
    /// Saves the fields and body; <paramref name="reason"/> names the change in the history when it is more than an edit,
    /// and <paramref name="also"/> what the same save changed beside the text (quote sources, photos).
    /// </summary>
    public Task<ArticleSave> UpdateAsync(Article article, ArticleText text, string? actor, CancellationToken cancellationToken, string? reason = null,
        IReadOnlyList<string>? also = null) =>
        UpdateAsync(article, text, null, actor, reason, also ?? [], cancellationToken);

    /// <summary>Makes an old revision's text, quote sources and photos the article's again, as a new revision: history is never rewritten.</summary>
    public async Task<ArticleSave> RestoreAsync(Article article, ArticleRevision revision, string? actor, CancellationToken cancellationToken) =>
        await UpdateAsync(article, revision.Text, await KeptRecords.LoadAsync(revision, db, store, cancellationToken), actor,
            $"restored revision {revision.Number}", [], cancellationToken);

    private async Task<ArticleSave> UpdateAsync(Article article, ArticleText text, KeptRecords? kept, string? actor, string? reason,
        IReadOnlyList<string> also, CancellationToken cancellationToken)
    {
        var before = TextOf(article);
        var recordsBefore = RevisionRecords.Of(article.Quotes, article.Blocks);
        var built = await importer.BuildAsync(new(text.Body, text.Headline), cancellationToken);
        if (built.Article is not { } fresh)
        {
            return BodyErrors(built.Draft);
        }
        WriteHeader(article, fresh, text);
        if (before.Body != text.Body)
        {
            ReplaceBody(article, fresh);
        }
        else
        {
            ForgetUnused(article);
        }
        kept?.ApplyTo(article);
        var changed = TextOf(article).ChangedFrom(before).Concat(also)
            .Concat(RevisionRecords.Of(article.Quotes, article.Blocks).ChangedFrom(recordsBefore)).Distinct().ToList();
        var change = changed.Count == 0 ? "saved without changes" : string.Join(", ", changed);
        await SaveWithRevisionAsync(article, reason is null ? change : $"{reason}: {change}", actor, "article.edited", cancellationToken);
        return new(article, new Dictionary<string, string[]>(), Warnings(built.Draft));
    }

    /// <summary>
    /// The header and tags as the editor wrote them. Where a field was left empty, the importer's reading of the copy
    /// (<paramref name="built"/>) fills it: the headline it proposes, the dateline of the first paragraph and the agency it names.
    /// </summary>
    private static void WriteHeader(Article article, Article built, ArticleText text) =>
        article.Write(text with
        {
            Headline = text.Headline.Length > 0 ? text.Headline : built.Headline,
            Byline = text.Byline ?? built.Text("").Byline,
            Dateline = text.Dateline ?? built.Dateline,
        });

    /// <summary>What stands between this article and publication; empty when it may be published.</summary>
    public static IReadOnlyList<string> PublishBlockers(Article article)
    {
        var blockers = new List<string>();
        foreach (var block in article.Blocks.Where(b => b.Image is not null).OrderBy(b => b.Position))
        {
            var image = block.Image!;
            if (string.IsNullOrWhiteSpace(image.AltText))
            {
                blockers.Add($"The photo \"{Shorten(image.Caption)}\" needs alt text.");
            }
            if (image.Credits.Count == 0)
            {
                blockers.Add($"The photo \"{Shorten(image.Caption)}\" needs a credit.");
            }
            if (image.FileName is null && !image.NoImageAvailable)
            {
                blockers.Add($"The photo \"{Shorten(image.Caption)}\" has no file: attach one, or mark it \"no image available\".");
            }
        }
        foreach (var quote in article.Quotes.Where(q => !q.IsSettled).OrderBy(q => q.Position))
        {
            blockers.Add($"The quote \"{Shorten(quote.Text)}\" needs a source, or to be marked as not speech.");
        }
        return blockers;
    }

    /// <summary>Publishes now, or schedules for a later time; refused (with the reasons) while anything blocks it.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(Article article, DateTime? at, string? actor, CancellationToken cancellationToken)
    {
        if (PublishBlockers(article) is { Count: > 0 } blockers)
        {
            return blockers;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var when = at?.ToUniversalTime() ?? now;
        article.Status = when > now ? ArticleStatus.Scheduled : ArticleStatus.Published;
        article.PublishedAt = when;
        var change = article.Status == ArticleStatus.Scheduled ? $"scheduled for {when:yyyy-MM-dd HH:mm} UTC" : "published";
        await SaveWithRevisionAsync(article, change, actor, article.Status == ArticleStatus.Scheduled ? "article.scheduled" : "article.published", cancellationToken);
        return [];
    }

    public async Task UnpublishAsync(Article article, string? actor, CancellationToken cancellationToken)
    {
        article.Status = ArticleStatus.Draft;
        article.PublishedAt = null;
        await SaveWithRevisionAsync(article, "unpublished", actor, "article.unpublished", cancellationToken);
    }

    public async Task DeleteAsync(Article article, string? actor, CancellationToken cancellationToken)
    {
        db.Quotes.RemoveRange(article.Quotes);
        db.Articles.Remove(article);
        audit.Record(actor, "article.deleted", article.Slug);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves the article with a revision; a new article's <paramref name="body"/> is written after it, in the same transaction.</summary>
    private async Task SaveWithRevisionAsync(Article article, string change, string? actor, string action, CancellationToken cancellationToken,
        NewArticleBody? body = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (article.CreatedAt == default)
        {
            article.CreatedAt = now;
        }
        article.UpdatedAt = now;
        var number = article.Id == 0
            ? 1
            : (await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var records = body is null ? RevisionRecords.Of(article.Quotes, article.Blocks) : RevisionRecords.Of(body.Quotes, body.Blocks);
        db.ArticleRevisions.Add(ArticleRevision.Of(article, ArticleBody.WireText(body?.Blocks ?? article.Blocks), records, number, now, actor, change));
        audit.Record(actor, action, article.Slug);
        await db.SaveChangesIndexedOnceAsync(cancellationToken, body is null ? null : () => body.WriteAsync(db, article, cancellationToken));
    }

    private static ArticleSave BodyErrors(WireDraft draft) => new(
        null,
        new Dictionary<string, string[]> { [nameof(ArticleInput.Body)] = draft.Problems.Where(p => p.IsError).Select(p => p.Message).ToArray() },
        Warnings(draft));

    private static List<ImportProblem> Warnings(WireDraft draft) => draft.Problems.Where(p => !p.IsError).ToList();

    /// <summary>
    /// Puts the freshly read body in place of the old one. Photos whose caption and credit are unchanged
    /// stay the same records (with their alt text and file); a quote whose words are unchanged keeps the
    /// speaker it had, which an editor may have confirmed or corrected.
    /// </summary>
    private void ReplaceBody(Article article, Article fresh)
    {
        var oldImages = article.Blocks.Select(b => b.Image).OfType<Image>().ToList();
        // A photo named by reference is that record already, and not a match for a figure written out.
        oldImages.RemoveAll(image => fresh.Blocks.Any(b => b.Image == image));
        foreach (var block in fresh.Blocks.Where(b => b.Image is { Id: 0 }))
        {
            if (oldImages.FirstOrDefault(i => i.Caption == block.Image!.Caption && i.CreditLine == block.Image.CreditLine) is { } same)
            {
                oldImages.Remove(same);
                block.Image = same;
            }
        }
        // A block unchanged at its place stays the same row, and so does a quote unchanged in it: quote ids (the
        // links to #quote-id) last across edits, and the search index is rewritten only for what changed.
        var blocks = fresh.Blocks.Select(block => article.Blocks.FirstOrDefault(old => old.Position == block.Position
            && old.Kind == block.Kind && old.Text == block.Text && old.Image == block.Image) ?? block).ToList();
        var placed = fresh.Blocks.Zip(blocks).ToDictionary(pair => pair.First, pair => pair.Second);
        var settled = article.Quotes.Where(q => q.IsSettled).GroupBy(q => q.Text).ToDictionary(g => g.Key, g => g.First());
        var quotes = fresh.Quotes.Select(quote =>
        {
            var block = placed[quote.Block];
            if (article.Quotes.FirstOrDefault(old => old.Block == block && old.Offset == quote.Offset && old.Text == quote.Text
                && old.Position == quote.Position) is { } same)
            {
                if (!same.IsSettled)
                {
                    same.TakeSourceOf(quote);
                }
                (same.Proposal, same.ProposalConfidence) = (quote.Proposal, quote.ProposalConfidence);
                return same;
            }
            quote.Article = article;
            quote.Block = block;
            if (settled.TryGetValue(quote.Text, out var before))
            {
                quote.TakeSourceOf(before);
            }
            return quote;
        }).ToList();
        db.Quotes.RemoveRange(article.Quotes.Except(quotes));
        db.ArticleBlocks.RemoveRange(article.Blocks.Except(blocks));
        article.Quotes = quotes;
        article.Blocks = blocks;

        var mentioned = fresh.Mentions.Select(m => m.Person)
            .Concat(quotes.Select(q => q.Speaker).OfType<Person>())
            .Distinct().ToList();
        foreach (var mention in article.Mentions.Where(m => !mentioned.Contains(m.Person)).ToList())
        {
            article.Mentions.Remove(mention);
            db.Remove(mention);
        }
        for (var position = 0; position < mentioned.Count; position++)
        {
            if (article.Mentions.FirstOrDefault(m => m.Person == mentioned[position]) is { } kept)
            {
                kept.Position = position;
            }
            else
            {
                article.Mentions.Add(new ArticleMention { Person = mentioned[position], Position = position });
            }
        }
        ForgetUnused(article);
    }

    /// <summary>People, organisations and agencies the importer proposed that the saved article does not use after all.</summary>
    private void ForgetUnused(Article article)
    {
        var agencies = article.Blocks.Select(b => b.Image).OfType<Image>().SelectMany(i => i.Credits).Select(c => c.Agency).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Agency>().Where(e => e.State == EntityState.Added && !agencies.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
        var organisations = article.Quotes.Select(q => q.Organisation).OfType<Organisation>().ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Organisation>().Where(e => e.State == EntityState.Added && !organisations.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
        var people = article.Mentions.Select(m => m.Person).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Person>().Where(e => e.State == EntityState.Added && !people.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
