using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;
using Portal.Web.Accounts;
using Portal.Web.Credits;

namespace Portal.Web.Admin.Photos;

/// <summary>
/// Uploads a photo to the library or edits one: file (type checked by its bytes, re-encoded, stored under a
/// name Portal chooses), caption, alt text and credit chain. Articles show it by the line {photo id}.
/// </summary>
public sealed class EditModel(PortalDbContext db, ImageStore store, AuditLog audit) : RecordEditModel<Image, PhotoForm>(db, audit)
{
    protected override string Noun => "photo";
    protected override string ListUrl => "/admin/photos";
    protected override bool IsNew => RouteId is null;

    /// <summary>The file a new one replaced in this save, removed once the save is committed.</summary>
    private string? _replaced;

    private int? RouteId => RouteData.Values["id"] is string value && int.TryParse(value, out var id) ? id : null;

    protected override Task<Image?> FindAsync(CancellationToken cancellationToken) =>
        Db.Images.Include(i => i.Credits).ThenInclude(c => c.Agency).FirstOrDefaultAsync(i => i.Id == RouteId, cancellationToken);

    protected override PhotoForm FormFrom(Image record) => PhotoForm.From(record);

    protected override IEnumerable<ConflictField> Compare(PhotoForm theirs, PhotoForm yours) =>
    [
        new("Caption", theirs.Caption, yours.Caption),
        new("Alt text", theirs.AltText, yours.AltText),
        new("Credit", theirs.Credit, yours.Credit),
        new("File", theirs.Url is null ? "none" : "as shown above", yours.File is null ? "unchanged" : "a new file"),
    ];

    protected override async Task<Image?> ApplyAsync(Image? record, PhotoForm form, CancellationToken cancellationToken)
    {
        var input = form.ToInput();
        if (!TryValidateModel(input, nameof(Form)))
        {
            return null;
        }
        string? fileName = null;
        if (form.File is { Length: > 0 } file)
        {
            await using var upload = file.OpenReadStream();
            var stored = await store.SaveAsync(upload, cancellationToken);
            if ((fileName = stored.FileName) is null)
            {
                ModelState.AddModelError($"{nameof(Form)}.{nameof(PhotoForm.File)}", stored.Error!);
                return null;
            }
        }
        else if (record is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(PhotoForm.File)}", "Choose a JPEG, PNG or WebP file.");
            return null;
        }
        var image = record ?? Db.Images.Add(new Image { Caption = "" }).Entity;
        await CreditWrites.DescribeAsync(image, input, Db, cancellationToken);
        if (fileName is not null)
        {
            (_replaced, image.FileName) = (image.FileName, fileName);
        }
        return image;
    }

    protected override void Committed(Image record, bool deleted) => store.Forget(deleted ? record.FileName : _replaced);

    protected override string EditUrl(Image record) => $"/admin/photos/{record.Id}/edit";

    protected override string Describe(Image record) => $"photo {record.Id}";

    protected override Task<string?> WhyNotDeletableAsync(Image record, CancellationToken cancellationToken) =>
        CreditWrites.WhyImageNotDeletableAsync(Db, record.Id, cancellationToken);
}
