using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Accounts;
using Portal.Web.Database;

namespace Portal.Web.Admin;

/// <summary>A form for one record, carrying the record's version as it was when the form was filled in.</summary>
public interface IRecordForm
{
    long Version { get; set; }
}

/// <summary>The delete form under a record's edit page: what it deletes and the version the editor saw.</summary>
public sealed record DeleteView(string Noun, long Version);

/// <summary>
/// The add/edit/delete page of one kind of newsroom record. A save over a newer version is refused and the
/// page shows both versions while the form keeps what was typed; saving the same form twice is no conflict.
/// Each save is one transaction, checked again against the version when it is written.
/// </summary>
public abstract class RecordEditModel<TRecord, TForm>(PortalDbContext db, AuditLog audit) : PageModel
    where TRecord : class, IVersioned
    where TForm : class, IRecordForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The record as saved; null while adding a new one.</summary>
    public TRecord? Record { get; private set; }

    /// <summary>Someone else's newer version beside this form's, when a save was refused.</summary>
    public ConflictView? Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public DeleteView? DeleteForm => Record is null ? null : new(Noun, Record.Version);

    protected PortalDbContext Db => db;

    /// <summary>What the record is called in messages and the audit log: "person", "agency".</summary>
    protected abstract string Noun { get; }

    protected abstract string ListUrl { get; }

    /// <summary>Whether this page adds a record rather than editing one (its route names none).</summary>
    protected abstract bool IsNew { get; }

    /// <summary>The record the route names, tracked, with what <see cref="FormFrom"/> reads.</summary>
    protected abstract Task<TRecord?> FindAsync(CancellationToken cancellationToken);

    protected abstract TForm FormFrom(TRecord record);

    protected abstract IEnumerable<ConflictField> Compare(TForm theirs, TForm yours);

    /// <summary>Applies the form to the record (a new one when null, added to the context); null after adding errors to the model state.</summary>
    protected abstract Task<TRecord?> ApplyAsync(TRecord? record, TForm form, CancellationToken cancellationToken);

    protected abstract string EditUrl(TRecord record);

    /// <summary>The record as the audit log names it.</summary>
    protected abstract string Describe(TRecord record);

    /// <summary>Why the record cannot be deleted now, or null when it can.</summary>
    protected abstract Task<string?> WhyNotDeletableAsync(TRecord record, CancellationToken cancellationToken);

    /// <summary>Runs once a save or a delete is committed, for what lives outside the database.</summary>
    protected virtual void Committed(TRecord record, bool deleted)
    {
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            return Page();
        }
        if (await FindAsync(cancellationToken) is not { } record)
        {
            return NotFound();
        }
        Record = record;
        Form = FormFrom(record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsNew && (Record = await FindAsync(cancellationToken)) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Record is { } current && Form.Version != current.Version)
        {
            var theirs = FormFrom(current);
            return Compare(theirs, Form).Any(f => f.Differs) ? Refuse(theirs) : Saved(EditUrl(current), "Already saved.");
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await ApplyAsync(Record, Form, cancellationToken) is not { } saved)
            {
                return Page();
            }
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(User.Identity?.Name, $"{Noun}.{(Record is null ? "created" : "edited")}", Describe(saved));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Committed(saved, deleted: false);
            return Saved(EditUrl(saved), Record is null ? "Added." : "Saved.");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between the version check and this save.
            db.ChangeTracker.Clear();
            return (Record = await FindAsync(cancellationToken)) is { } now ? Refuse(FormFrom(now)) : NotFound();
        }
        catch (Exception error) when (StoreFaults.IsTransient(error))
        {
            db.ChangeTracker.Clear();
            return this.RetryLater();
        }
    }

    /// <summary>Deletes the record when the box confirming it is ticked, nobody changed it meanwhile, and nothing uses it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(bool confirm, CancellationToken cancellationToken)
    {
        if (IsNew || (Record = await FindAsync(cancellationToken)) is not { } record)
        {
            return NotFound();
        }
        var refusal = !confirm ? $"Tick the box to confirm that this {Noun} should be deleted."
            : Form.Version != record.Version ? $"Someone changed this {Noun} meanwhile; here it is as it stands now. Delete it again if you still want to."
            : await WhyNotDeletableAsync(record, cancellationToken);
        if (refusal is not null)
        {
            return Saved(EditUrl(record), refusal);
        }
        db.Remove(record);
        audit.Record(User.Identity?.Name, $"{Noun}.deleted", Describe(record));
        await db.SaveChangesAsync(cancellationToken);
        Committed(record, deleted: true);
        return Saved(ListUrl, $"Deleted {Describe(record)}.");
    }

    private PageResult Refuse(TForm theirs)
    {
        Conflict = new ConflictView(Noun, EditUrl(Record!), Compare(theirs, Form).ToList());
        // Saving this form again now means "keep mine": it is made against the version shown beside it.
        Form.Version = Record!.Version;
        ModelState.Remove($"{nameof(Form)}.{nameof(IRecordForm.Version)}");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private RedirectResult Saved(string url, string notice)
    {
        Notice = notice;
        return Redirect(url);
    }
}
