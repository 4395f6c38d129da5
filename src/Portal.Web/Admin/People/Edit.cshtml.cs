using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.People;
using Portal.Web.Accounts;
using Portal.Web.People;

namespace Portal.Web.Admin.People;

/// <summary>Adds a person or edits one: name, title, organisation, description and the other names the copy uses for them.</summary>
public sealed class EditModel(PortalDbContext db, AuditLog audit) : RecordEditModel<Person, PersonForm>(db, audit)
{
    protected override string Noun => "person";
    protected override string ListUrl => "/admin/people";
    protected override bool IsNew => RouteSlug is null;

    private string? RouteSlug => RouteData.Values["slug"] as string;

    protected override Task<Person?> FindAsync(CancellationToken cancellationToken) =>
        Db.People.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Slug == RouteSlug, cancellationToken);

    protected override PersonForm FormFrom(Person record) => PersonForm.From(record);

    protected override IEnumerable<ConflictField> Compare(PersonForm theirs, PersonForm yours) =>
    [
        new("Name", theirs.Name, yours.Name),
        new("Title", theirs.Title, yours.Title),
        new("Organisation", theirs.Organisation, yours.Organisation),
        new("Description", theirs.Description, yours.Description),
        new("Other names", string.Join(", ", theirs.Aliases), string.Join(", ", yours.Aliases)),
    ];

    protected override async Task<Person?> ApplyAsync(Person? record, PersonForm form, CancellationToken cancellationToken)
    {
        if (record is null && (record = await PersonWrites.AddAsync(Db, form.ToInput(), cancellationToken)) is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(PersonForm.Slug)}", "Another person has this slug.");
            return null;
        }
        PersonWrites.Describe(record, form.ToInput());
        record.KnowAs(form.Aliases);
        return record;
    }

    protected override string EditUrl(Person record) => $"/admin/people/{record.Slug}/edit";

    protected override string Describe(Person record) => record.Slug;

    protected override Task<string?> WhyNotDeletableAsync(Person record, CancellationToken cancellationToken) =>
        PersonWrites.WhyNotDeletableAsync(Db, record.Id, cancellationToken);
}
