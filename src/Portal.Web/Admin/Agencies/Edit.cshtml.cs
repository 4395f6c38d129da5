using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;
using Portal.Web.Accounts;
using Portal.Web.Credits;

namespace Portal.Web.Admin.Agencies;

/// <summary>
/// The agency form: its name (and, when adding, its address) and the version it was read at. Mapped by hand to
/// <see cref="NewAgencyInput"/>, whose rules check it.
/// </summary>
public sealed class AgencyForm : IRecordForm, IValidatableObject
{
    // Nullable, as a box posted empty binds as null; a non-nullable one would be required before the input's rules ran.
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => InputRules.Refusals(ToInput());

    public NewAgencyInput ToInput() => new() { Name = Name ?? "", Slug = Slug };
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
        if (record is null && (record = await CreditWrites.AddAgencyAsync(Db, form.ToInput(), cancellationToken)) is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(AgencyForm.Slug)}", $"An agency has the address \"{form.ToInput().ChosenSlug}\" already.");
            return null;
        }
        CreditWrites.Rename(record, form.ToInput());
        return record;
    }

    protected override string EditUrl(Agency record) => $"/admin/agencies/{record.Slug}/edit";

    protected override string Describe(Agency record) => record.Slug;

    protected override Task<string?> WhyNotDeletableAsync(Agency record, CancellationToken cancellationToken) =>
        CreditWrites.WhyAgencyNotDeletableAsync(Db, record.Id, cancellationToken);
}
