using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;
using Portal.Web.Accounts;
using Portal.Web.Credits;

namespace Portal.Web.Admin.Agencies;

/// <summary>The agency form: its name (and, when adding, its address) and the version it was read at.</summary>
public sealed class AgencyForm : NewAgencyInput, IRecordForm
{
    public long Version { get; set; }
}

/// <summary>Adds an agency or renames one; a new name shows on every photo it is credited on.</summary>
public sealed class EditModel(PortalDbContext db, AuditLog audit) : RecordEditModel<Agency, AgencyForm>(db, audit)
{
    protected override string Noun => "agency";
    protected override string ListUrl => "/admin/agencies";
    protected override bool IsNew => RouteSlug is null;

    private string? RouteSlug => RouteData.Values["slug"] as string;

    protected override Task<Agency?> FindAsync(CancellationToken cancellationToken) =>
        Db.Agencies.FirstOrDefaultAsync(a => a.Slug == RouteSlug, cancellationToken);

    protected override AgencyForm FormFrom(Agency record) => new() { Name = record.Name, Version = record.Version };

    protected override IEnumerable<ConflictField> Compare(AgencyForm theirs, AgencyForm yours) => [new("Name", theirs.Name, yours.Name)];

    protected override async Task<Agency?> ApplyAsync(Agency? record, AgencyForm form, CancellationToken cancellationToken)
    {
        if (record is null && (record = await form.AddAsync(Db, cancellationToken)) is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(AgencyForm.Slug)}", $"An agency has the address \"{form.ChosenSlug}\" already.");
            return null;
        }
        record.Name = form.Name.Trim();
        return record;
    }

    protected override string EditUrl(Agency record) => $"/admin/agencies/{record.Slug}/edit";

    protected override string Describe(Agency record) => record.Slug;

    protected override Task<string?> WhyNotDeletableAsync(Agency record, CancellationToken cancellationToken) =>
        AgencyInput.WhyNotDeletableAsync(Db, record.Id, cancellationToken);
}
