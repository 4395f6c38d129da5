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
/// Edits an article. A save over someone else's newer save is refused with both versions side by side and
/// the editor's text intact; quotes get their speakers and photos their alt text and credit here too.
/// </summary>
public sealed class EditModel(PortalDbContext db, ArticleEditor editor, ReviewSettlement settlement, PersonQueries people) : PageModel
{
    /// <summary>A quote as the review shows it: its source (one choice of <see cref="QuoteSourceChoice"/>) and kind, at the version read.</summary>
    public sealed class QuoteForm
    {
        public int Id { get; set; }
        public long Version { get; set; }

        [StringLength(QuoteSourceChoice.MaxLength)]
        public string? Source { get; set; }

        [StringLength(Data.Quotes.Quote.UnnamedSourceMaxLength)]
        public string? UnnamedSource { get; set; }

        /// <summary>A person to create and name as the speaker, when nobody in the list said it (editors only).</summary>
        [StringLength(Data.People.Person.NameMaxLength)]
        public string? NewPerson { get; set; }

        public bool IsFragment { get; set; }
    }

    /// <summary>A person in the story as the review shows them: name and title, at the version read.</summary>
    public sealed class MentionForm
    {
        public string Slug { get; set; } = "";
        public long Version { get; set; }

        [Required, StringLength(Data.People.Person.NameMaxLength)]
        public string Name { get; set; } = "";

        [StringLength(Data.People.Person.TitleMaxLength)]
        public string? Title { get; set; }

        public void ApplyTo(Data.People.Person person)
        {
            person.Describe(Name, Title, person.Organisation, person.Description);
        }
    }

    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    [BindProperty]
    public List<QuoteForm> Quotes { get; set; } = [];

    [BindProperty]
    public List<MentionForm> Mentioned { get; set; } = [];

    [BindProperty]
    public List<PhotoForm> Photos { get; set; } = [];

    private const string ChangedMeanwhile = "Someone changed these quotes, people or photos meanwhile; here they are as they stand now. Make your changes again.";

    public Article Article { get; private set; } = null!;

    /// <summary>The version someone else saved in between, beside this form's, when this save was refused; null otherwise.</summary>
    public ConflictView? Conflict { get; private set; }

    public IReadOnlyList<string> Blockers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SourceChoices { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Form = ArticleForm.From(ArticleEditor.TextOf(Article), Article.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        ModelState.Clear();
        if (!TryValidateModel(Form, nameof(Form)))
        {
            return Page();
        }
        var current = ArticleEditor.TextOf(Article);
        if (Form.Version != Article.Version)
        {
            return Form.ToText() == current ? Saved(slug, "Already saved.") : Refuse(current);
        }
        try
        {
            var save = await editor.UpdateAsync(Article, Form.ToText(), User.Identity?.Name, cancellationToken);
            foreach (var (field, messages) in save.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"{nameof(Form)}.{field}", message);
                }
            }
            if (save.Article is null)
            {
                return Page();
            }
            var warnings = save.Warnings.Select(w => w.Message).ToList();
            return Saved(slug, warnings.Count == 0 ? "Saved." : "Saved. The importer asks you to check: " + string.Join(" ", warnings));
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between the check above and this save.
            db.ChangeTracker.Clear();
            await LoadAsync(slug, cancellationToken);
            return Refuse(ArticleEditor.TextOf(Article));
        }
        catch (Exception error) when (StoreFaults.IsTransient(error))
        {
            db.ChangeTracker.Clear();
            return this.RetryLater();
        }
    }

    /// <summary>Saves the review of what the importer read (see <see cref="ReviewSettlement"/>): quotes' sources, people, photos.</summary>
    public async Task<IActionResult> OnPostReviewAsync(string slug, [FromForm] string? accept, CancellationToken cancellationToken)
    {
        var (quotes, mentioned, photos) = (Quotes, Mentioned, Photos);
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!User.IsEditor())
        {
            mentioned = [];
        }
        // Only the review was posted; the article form's bound properties are not this handler's concern.
        ModelState.Clear();
        var photoInputs = photos.Select(p => p.ToInput()).ToList();
        var valid = quotes.Select((q, i) => TryValidateModel(q, $"{nameof(Quotes)}[{i}]"))
            .Concat(mentioned.Select((m, i) => TryValidateModel(m, $"{nameof(Mentioned)}[{i}]")))
            .Concat(photoInputs.Select((input, i) => TryValidateModel(input, $"{nameof(Photos)}[{i}]"))).ToList().All(ok => ok);
        switch (await settlement.SettleAsync(Article, User, accept, quotes, mentioned, photos, photoInputs, valid, ModelState, cancellationToken))
        {
            case ReviewOutcome.ChangedMeanwhile:
                return Saved(slug, ChangedMeanwhile);
            case ReviewOutcome.Refused:
                (Quotes, Mentioned, Photos) = (quotes, mentioned, photos);
                Form = ArticleForm.From(ArticleEditor.TextOf(Article), Article.Version);
                return Page();
        }
        return Saved(slug, "Review saved.");
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
            Form = ArticleForm.From(ArticleEditor.TextOf(Article), Article.Version);
            return Page();
        }
        Blockers = await editor.PublishAsync(Article, at is { } local ? DateTime.SpecifyKind(local, DateTimeKind.Utc) : null, User.Identity?.Name, cancellationToken);
        if (Blockers.Count > 0)
        {
            Form = ArticleForm.From(ArticleEditor.TextOf(Article), Article.Version);
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

    /// <summary>The source choices are read only when the page is shown, not for saves that redirect.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult)
        {
            SourceChoices = await QuoteSourceChoice.ItemsAsync(db, people, HttpContext.RequestAborted);
        }
    }

    /// <summary>Proposals below this confidence are shown among the first to check.</summary>
    public const double UncertainBelow = 0.8;

    /// <summary>True when the importer left the quote open or was not very sure of its proposal.</summary>
    public static bool IsUncertain(Data.Quotes.Quote quote) => quote.ProposalConfidence is { } confidence && confidence < UncertainBelow;

    /// <summary>Loads the article and what the page shows beside the form; a result when the page cannot go on.</summary>
    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(slug, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        if (!User.CanEdit(article))
        {
            return Forbid();
        }
        Article = article;
        // What most needs a look comes first: quotes with no source yet, then the importer's uncertain proposals.
        Quotes = article.Quotes
            .OrderBy(q => !q.IsSettled ? 0 : IsUncertain(q) ? 1 : 2)
            .ThenBy(q => q.Position)
            .Select(q => new QuoteForm
            {
                Id = q.Id,
                Version = q.Version,
                Source = QuoteSourceChoice.Of(q),
                UnnamedSource = q.UnnamedSource,
                IsFragment = q.IsFragment,
            }).ToList();
        Mentioned = article.Mentions.OrderBy(m => m.Position)
            .Select(m => new MentionForm { Slug = m.Person.Slug, Version = m.Person.Version, Name = m.Person.Name, Title = m.Person.Title }).ToList();
        Photos = article.Blocks.Where(b => b.Image is not null).OrderBy(b => b.Position).Select(b => PhotoForm.From(b.Image!)).ToList();
        return null;
    }

    private PageResult Refuse(ArticleText current)
    {
        var mine = Form.ToText();
        Conflict = new ConflictView("article", $"/admin/articles/{Article.Slug}/edit",
            current.Fields.Zip(mine.Fields).Where(pair => pair.First.Name != nameof(ArticleText.Body))
                .Select(pair => new ConflictField(pair.First.Name, pair.First.Value, pair.Second.Value)).ToList(),
            TextDiff.Lines(current.Body, mine.Body));
        // Saving this form again now means "keep mine": it is made against the version shown beside it.
        Form.Version = Article.Version;
        ModelState.Remove($"{nameof(Form)}.{nameof(ArticleForm.Version)}");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private RedirectToPageResult Saved(string slug, string notice)
    {
        Notice = notice;
        return RedirectToPage(new { slug });
    }
}
