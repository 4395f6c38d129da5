using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.People;
using Portal.Web.Quotes;

namespace Portal.Web.Admin.Quotes;

/// <summary>The quote form: its words, source (one choice of <see cref="QuoteSourceChoice"/>) and kind, and the version it was read at.</summary>
public sealed class QuoteForm : IRecordForm
{
    [Required, StringLength(Quote.TextMaxLength)]
    public string Text { get; set; } = "";

    [StringLength(QuoteSourceChoice.MaxLength)]
    public string? Source { get; set; }

    [StringLength(Quote.UnnamedSourceMaxLength)]
    public string? UnnamedSource { get; set; }

    public bool IsFragment { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// Corrects one quote: its exact words (found again in the article's text), who said them, and whether it is a
/// fragment. New quotes come from the article's text, so this page only edits and deletes.
/// </summary>
public sealed class EditModel(PortalDbContext db, ArticleEditor articles, PersonQueries people, AuditLog audit, TimeProvider clock)
    : RecordEditModel<Quote, QuoteForm>(db, audit)
{
    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    protected override string Noun => "quote";
    protected override string ListUrl => "/admin/quotes";
    protected override bool IsNew => false;

    protected override async Task<Quote?> FindAsync(CancellationToken cancellationToken)
    {
        var id = RouteData.Values["id"] is string value && int.TryParse(value, out var parsed) ? parsed : 0;
        var slug = await Db.Quotes.Where(q => q.Id == id).Select(q => q.Article.Slug).FirstOrDefaultAsync(cancellationToken);
        return slug is null ? null : (await articles.LoadAsync(slug, cancellationToken))?.Quotes.FirstOrDefault(q => q.Id == id);
    }

    protected override QuoteForm FormFrom(Quote record) =>
        new()
        {
            Text = record.Text,
            Source = QuoteSourceChoice.Of(record),
            UnnamedSource = record.UnnamedSource,
            IsFragment = record.IsFragment,
            Version = record.Version,
        };

    protected override IEnumerable<ConflictField> Compare(QuoteForm theirs, QuoteForm yours) =>
    [
        new("Words", theirs.Text, yours.Text),
        new("Source", theirs.Source == QuoteSourceChoice.Unnamed ? theirs.UnnamedSource : theirs.Source,
            yours.Source == QuoteSourceChoice.Unnamed ? yours.UnnamedSource : yours.Source),
        new("Fragment", theirs.IsFragment ? "yes" : "no", yours.IsFragment ? "yes" : "no"),
    ];

    protected override async Task<Quote?> ApplyAsync(Quote? record, QuoteForm form, CancellationToken cancellationToken)
    {
        var quote = record!;
        var input = new QuoteInput { Text = form.Text, IsFragment = form.IsFragment };
        if (QuoteSourceChoice.ApplyTo(input, form.Source, form.UnnamedSource) is { } unreadable)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(QuoteForm.Source)}", unreadable);
            return null;
        }
        if (await QuoteWrites.PlaceAsync(quote, input, quote.Article, Db, cancellationToken) is { } misfit)
        {
            var field = misfit.Field == nameof(QuoteInput.Text) ? nameof(QuoteForm.Text) : nameof(QuoteForm.Source);
            ModelState.AddModelError($"{nameof(Form)}.{field}", misfit.Message);
            return null;
        }
        quote.Article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return quote;
    }

    protected override string EditUrl(Quote record) => $"/admin/quotes/{record.Id}/edit";

    protected override string Describe(Quote record) => $"quote {record.Id} in {record.Article.Slug}";

    protected override Task<string?> WhyNotDeletableAsync(Quote record, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>The source choices are read only when the page is shown, not for saves that redirect.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if ((await next()).Result is PageResult)
        {
            Sources = await QuoteSourceChoice.ItemsAsync(Db, await people.ChoicesAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        }
    }
}
