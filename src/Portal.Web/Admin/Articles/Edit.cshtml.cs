using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Accounts;
using Portal.Web.Admin.Photos;
using Portal.Web.Admin.Quotes;
using Portal.Web.Articles;
using Portal.Web.Database;
using Portal.Web.Imports;
using Portal.Web.People;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// The one editor page of an article: its fields and body, and beside them what the importer read (each quote's
/// source, the people named, the photos), all in one form, saved in one transaction as one revision. A save over
/// someone else's newer one is merged with it (see <see cref="TextMerge"/>); only what both changed differently is
/// shown as a conflict, with the form as typed.
/// </summary>
public sealed class EditModel(PortalDbContext db, ArticleEditor editor, ReviewSettlement settlement, EditorPresence presence) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    [BindProperty]
    public List<QuoteReview> Quotes { get; set; } = [];

    [BindProperty]
    public List<MentionReview> Mentioned { get; set; } = [];

    [BindProperty]
    public List<PhotoForm> Photos { get; set; } = [];

    public Article Article { get; private set; } = null!;

    private bool retried;

    /// <summary>What both this form and someone else's save changed differently; empty unless this save was held back.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; private set; } = [];

    /// <summary>The saves made since this form was filled in, when its save was held back.</summary>
    public IReadOnlyList<ArticleRevision> SavedMeanwhile { get; private set; } = [];

    public IReadOnlyList<string> Blockers { get; private set; } = [];

    /// <summary>The other editors who have this article open now.</summary>
    public IReadOnlyList<string> AlsoEditing { get; private set; } = [];

    /// <summary>The correction form, filled in with the one a reattributed quote calls for.</summary>
    public CorrectionForm Correction { get; private set; } = new();

    /// <summary>The correction form is for published articles, and shows its refusal wherever it was posted from.</summary>
    public bool ShowsCorrectionForm => Article.Status == ArticleStatus.Published || ModelState.ContainsKey($"{nameof(Correction)}.{nameof(CorrectionForm.Text)}");

    /// <summary>The correction a save proposed: a published quote taken from the person it was given to.</summary>
    [TempData]
    public string? ProposedCorrection { get; set; }

    public IReadOnlyList<SelectListItem> SourceChoices { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Article.Slug != slug)
        {
            return RedirectToPagePermanent(null, new { slug = Article.Slug });
        }
        Correction.Text = ProposedCorrection;
        AlsoEditing = await presence.BeatAsync(Article.Id, User.Identity!.Name!);
        return Page();
    }

    /// <summary>The page's heartbeat: notes this editor as having the article open, and answers who else has.</summary>
    public async Task<IActionResult> OnPostPresenceAsync(string slug, CancellationToken cancellationToken)
    {
        // Only what access needs, not the whole article: the page beats every few seconds.
        if (await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        if (!User.CanEdit(article))
        {
            return Forbid();
        }
        return new JsonResult(new { alsoEditing = await presence.BeatAsync(article.Id, User.Identity!.Name!) });
    }

    /// <summary>
    /// Saves the whole page: the review first (quotes' sources, people, photos; only what the editor touched), then the
    /// text, merged with any save made since the form was filled in. <paramref name="accept"/> is the "Said by …" button
    /// pressed, if any.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync(string slug, [FromForm] string? accept, CancellationToken cancellationToken)
    {
        var post = new ReviewPost(accept, Quotes, User.IsEditor() ? Mentioned : [], Photos);
        var form = Form;
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = form;
        ModelState.Clear();
        var valid = TryValidateModel(Form, nameof(Form))
            & post.Quotes.Select((q, i) => TryValidateModel(q, $"{nameof(Quotes)}[{i}]"))
                .Concat(post.Mentioned.Select((m, i) => TryValidateModel(m, $"{nameof(Mentioned)}[{i}]")))
                .Concat(post.Photos.Select((p, i) => TryValidateModel(p.ToInput(), $"{nameof(Photos)}[{i}]"))).ToList().All(ok => ok);
        if (!valid)
        {
            return await AsTypedAsync(post, cancellationToken);
        }
        var saved = ArticleEditor.TextOf(Article);
        var text = Form.ToText();
        var merged = "";
        if (Form.Version != Article.Version)
        {
            var merge = await MergeAsync(saved, text, cancellationToken);
            if (merge.Conflicts.Count > 0 && Form.Seen != Article.Version)
            {
                return await HoldBackAsync(merge, post, cancellationToken);
            }
            text = merge.Text;
            merged = merge.FromTheirs.Count == 0 ? "" : $" Merged with what {await SavedMeanwhileByAsync(cancellationToken)} saved meanwhile: {string.Join(", ", merge.FromTheirs)}.";
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var figures = Figures();
            var review = await settlement.SettleAsync(Article, User, post, ModelState, cancellationToken);
            if (review.Refused || review.ChangedMeanwhile)
            {
                if (review.ChangedMeanwhile)
                {
                    Response.StatusCode = StatusCodes.Status409Conflict;
                }
                return await AsTypedAsync(post, cancellationToken);
            }
            text = text with { Body = ArticleBody.Refigured(text.Body, figures, Article.Blocks) };
            // The slug changes only when this editor changed it: the form was opened at the address it was posted to.
            var renamed = Form.Slug is { Length: > 0 } wanted && wanted != slug;
            if (renamed && await editor.RenameAsync(Article, Form.Slug!, cancellationToken) is { } taken)
            {
                ModelState.AddModelError($"{nameof(Form)}.{nameof(ArticleForm.Slug)}", taken);
                return await AsTypedAsync(post, cancellationToken);
            }
            var also = renamed ? [.. review.Changes, "slug"] : review.Changes;
            var save = await editor.UpdateAsync(Article, text, User.Identity?.Name, cancellationToken, also: also);
            if (save.Article is null)
            {
                foreach (var (field, messages) in save.Errors)
                {
                    Array.ForEach(messages, message => ModelState.AddModelError($"{nameof(Form)}.{field}", message));
                }
                return await AsTypedAsync(post, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            settlement.Complete();
            var warnings = save.Warnings.Select(w => w.Message).ToList();
            var correct = "";
            if (Article.Status == ArticleStatus.Published && review.Reattributions.Count > 0)
            {
                ProposedCorrection = string.Join(" ", review.Reattributions);
                correct = " A published quote changed speaker: a correction is proposed below.";
            }
            return Saved(Article.Slug, "Saved." + merged + correct + (warnings.Count == 0 ? "" : " The importer asks you to check: " + string.Join(" ", warnings)));
        }
        catch (DbUpdateConcurrencyException) when (!retried)
        {
            // Someone saved between the check above and this save: read it again and merge with it, once.
            settlement.Abandon();
            db.ChangeTracker.Clear();
            retried = true;
            (Form, Quotes, Mentioned, Photos) = (form, [.. post.Quotes], [.. post.Mentioned], [.. post.Photos]);
            return await OnPostSaveAsync(slug, accept, cancellationToken);
        }
        catch (Exception error) when (StoreFaults.IsTransient(error))
        {
            settlement.Abandon();
            db.ChangeTracker.Clear();
            return this.RetryLater();
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug, DateTime? at, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!User.CanPublish())
        {
            return Forbid();
        }
        // A time that does not read as one must not publish now instead.
        if (ModelState.GetFieldValidationState(nameof(at)) == ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(at));
            ModelState.AddModelError(nameof(at), "Give the time as a date and time, e.g. 2026-12-01 09:30, or leave it empty to publish now.");
            return Page();
        }
        Blockers = await editor.PublishAsync(Article, at is { } local ? DateTime.SpecifyKind(local, DateTimeKind.Utc) : null, User.Identity?.Name, cancellationToken);
        if (Blockers.Count > 0)
        {
            return Page();
        }
        return Saved(slug, Article.Status == ArticleStatus.Scheduled ? "Scheduled." : "Published.");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!User.CanPublish())
        {
            return Forbid();
        }
        await editor.UnpublishAsync(Article, User.Identity?.Name, cancellationToken);
        return Saved(slug, "Back to draft: readers no longer see it.");
    }

    /// <summary>Adds a correction or clarification at the foot of the published article.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(string slug, [FromForm(Name = nameof(Correction))] CorrectionForm correction, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!User.CanPublish())
        {
            return Forbid();
        }
        Correction = correction;
        ModelState.Clear();
        if (!TryValidateModel(correction, nameof(Correction)))
        {
            return Page();
        }
        if (await editor.CorrectAsync(Article, correction.Kind, correction.Text!, User.Identity?.Name, cancellationToken) is { } refused)
        {
            ModelState.AddModelError($"{nameof(Correction)}.{nameof(CorrectionForm.Text)}", refused);
            return Page();
        }
        return Saved(Article.Slug, correction.Kind == CorrectionKind.Clarification ? "Clarification added." : "Correction added.");
    }

    /// <summary>The source choices are read only when the page is shown, not for saves that redirect.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult)
        {
            // The story's people, its quotes' speakers and whoever the form chose; anyone else is found by the page's person search.
            var chosen = Quotes.Select(q => q.Source).OfType<string>().Where(s => s.StartsWith(QuoteSourceChoice.PersonPrefix, StringComparison.Ordinal))
                .Select(s => s[QuoteSourceChoice.PersonPrefix.Length..]).ToList();
            var people = Article.Mentions.Select(m => m.Person).Concat(Article.Quotes.Select(q => q.Speaker).OfType<Data.People.Person>())
                .Select(p => new PersonChoice(p.Slug, p.Name)).ToList();
            var others = chosen.Except(people.Select(p => p.Slug)).ToList();
            people.AddRange(await db.People.AsNoTracking().Where(p => others.Contains(p.Slug))
                .Select(p => new PersonChoice(p.Slug, p.Name)).ToListAsync(HttpContext.RequestAborted));
            SourceChoices = await QuoteSourceChoice.ItemsAsync(db, people, HttpContext.RequestAborted);
        }
    }

    /// <summary>Proposals below this confidence are shown among the first to check.</summary>
    public const double UncertainBelow = 0.8;

    /// <summary>True when the importer left the quote open or was not very sure of its proposal.</summary>
    public static bool IsUncertain(Data.Quotes.Quote quote) => quote.ProposalConfidence is { } confidence && confidence < UncertainBelow;

    /// <summary>Loads the article and fills the form from it; a result when the page cannot go on.</summary>
    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        // A form posted to the address the article had when it was opened still reaches it after someone renamed it.
        var article = await editor.LoadAsync(slug, cancellationToken)
            ?? (await editor.RenamedFromAsync(slug, cancellationToken) is { } renamed ? await editor.LoadAsync(renamed, cancellationToken) : null);
        if (article is null)
        {
            return NotFound();
        }
        if (!User.CanEdit(article))
        {
            return Forbid();
        }
        Article = article;
        var revision = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        Form = ArticleForm.From(ArticleEditor.TextOf(article), article.Version, revision);
        Form.Slug = article.Slug;
        // What most needs a look comes first: quotes with no source yet, then the importer's uncertain proposals.
        Quotes = article.Quotes
            .OrderBy(q => !q.IsSettled ? 0 : IsUncertain(q) ? 1 : 2)
            .ThenBy(q => q.Position)
            .Select(QuoteReview.From).ToList();
        Mentioned = article.Mentions.OrderBy(m => m.Position).Select(m => MentionReview.From(m.Person)).ToList();
        Photos = article.Blocks.Where(b => b.Image is not null).OrderBy(b => b.Position).Select(b => Fingerprints.Opened(PhotoForm.From(b.Image!))).ToList();
        return null;
    }

    /// <summary>Merges this form's text with the save made since it was filled in, from the revision it was filled in from.</summary>
    private async Task<MergedText> MergeAsync(ArticleText saved, ArticleText mine, CancellationToken cancellationToken)
    {
        var opened = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == Article.Id && r.Number == Form.Revision)
            .Select(r => r.Text).FirstOrDefaultAsync(cancellationToken);
        var seen = Form.Seen == Article.Version;
        return TextMerge.Of(opened, saved, mine, field => seen && Form.TakeTheirs.Contains(field));
    }

    /// <summary>Who saved since this form was filled in, and when the last of them did: "alice@example.com at 09:40 UTC".</summary>
    private async Task<string> SavedMeanwhileByAsync(CancellationToken cancellationToken)
    {
        var saves = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == Article.Id && r.Number > Form.Revision)
            .Select(r => new { r.Actor, r.At }).ToListAsync(cancellationToken);
        var who = string.Join(" and ", saves.Select(s => s.Actor ?? "the system").Distinct());
        return saves.Count == 0 ? "another editor" : $"{who} at {saves.Max(s => s.At).ToString("HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Shows what both changed, with the form holding the merge (the editor's text where both changed) and who saved
    /// meanwhile; saving it again settles each conflict as its choice says.
    /// </summary>
    private async Task<PageResult> HoldBackAsync(MergedText merge, ReviewPost post, CancellationToken cancellationToken)
    {
        Conflicts = merge.Conflicts;
        SavedMeanwhile = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == Article.Id && r.Number > Form.Revision)
            .OrderBy(r => r.Number).ToListAsync(cancellationToken);
        Form.Fill(merge.Text);
        Form.Seen = Article.Version;
        Form.TakeTheirs = [];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await AsTypedAsync(post, cancellationToken);
    }

    /// <summary>The page again with everything as the editor typed it (attached files kept), over the records as they stand.</summary>
    private async Task<PageResult> AsTypedAsync(ReviewPost post, CancellationToken cancellationToken)
    {
        await settlement.KeepAsync(post.Photos, ModelState, cancellationToken);
        Quotes = Overlay(Quotes, post.Quotes, q => q.Id);
        Mentioned = User.IsEditor() ? Overlay(Mentioned, post.Mentioned, m => m.Slug) : Mentioned;
        Photos = Overlay(Photos, post.Photos, p => p.Id);
        // The boxes show what was typed, not what the model state holds from the post.
        foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count == 0).ToList())
        {
            ModelState.Remove(key);
        }
        return Page();
    }

    /// <summary>
    /// Each record as posted where the editor touched it, else as it stands (someone else may have changed it); records
    /// the post has and the story no longer does are left out.
    /// </summary>
    private static List<T> Overlay<T, TKey>(List<T> standing, IReadOnlyList<T> posted, Func<T, TKey> key) where T : class, IReviewedRecord where TKey : notnull
    {
        var typed = posted.Where(Fingerprints.IsTouched).GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        return standing.Select(record => typed.GetValueOrDefault(key(record)) ?? record).ToList();
    }

    /// <summary>Each photo's lines in the body before the review, to write the reviewed caption and credit into the text saved.</summary>
    private Dictionary<ArticleBlock, string> Figures() =>
        Article.Blocks.Where(b => b.Image is not null).ToDictionary(b => b, b => ArticleBody.WireText([b]));

    private RedirectToPageResult Saved(string slug, string notice)
    {
        Notice = notice;
        return RedirectToPage(new { slug });
    }
}
