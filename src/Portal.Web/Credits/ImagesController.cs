using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Credits;

/// <summary>A photo as the API shows it: caption, alt text, its file's address and size, its credit chain, and the articles it runs in.</summary>
public sealed record ImageDto(int Id, string Caption, string? AltText, string? Url, bool NoImageAvailable, IReadOnlyList<AgencyItem> Credit, string CreditLine,
    IReadOnlyList<RelatedArticle> Articles)
{
    public int? Width => MediaFile.SizeAt(Url)?.Width;

    public int? Height => MediaFile.SizeAt(Url)?.Height;

    public static ImageDto From(CreditedImage image) =>
        new(image.Id, image.Caption, image.AltText, image.Url, image.NoImageAvailable, image.Credit, image.CreditLine, image.Articles);

    public static PageOf<ImageDto> Page(PageOf<CreditedImage> page) =>
        new(page.Items.Select(From).ToList(), page.Page, page.PageSize, page.Total);
}

/// <summary>A photo to upload: the file (JPEG, PNG or WebP, checked by its bytes) and what an editor says about it.</summary>
public sealed class ImageUpload
{
    /// <summary>The photo.</summary>
    [Required]
    public IFormFile? File { get; set; }

    [Required, StringLength(Data.Credits.Image.CaptionMaxLength)]
    public string Caption { get; set; } = "";

    [StringLength(Data.Credits.Image.AltTextMaxLength)]
    public string? AltText { get; set; }

    /// <summary>Agency names in credit order, one form field each.</summary>
    public List<string> Credit { get; set; } = [];
}

/// <summary>The photos we run and their credit chains. Writes need an editor's token; PUT, PATCH and DELETE need If-Match.</summary>
[ApiController]
[Route("api/images")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class ImagesController(PortalDbContext db, CreditQueries credits, ImageStore store, AuditLog audit) : ControllerBase
{
    /// <summary>Photos in published articles, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<PageOf<ImageDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<ImageDto>> List([FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(ImageDto.Page(await credits.ImagesAsync(null, paging.Page, paging.PageSize, cancellationToken)));

    /// <summary>One photo with its credit chain; photos not yet published need an editor's token.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ImageDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ImageDto>> Get(int id, CancellationToken cancellationToken)
    {
        return await ReadAsync(id, HttpContext.IsEditorCall(), cancellationToken) is { } image ? this.Tagged(image) : NotFoundProblem();
    }

    /// <summary>Uploads a photo (multipart form: file, caption, altText, credit repeated in order); it is re-encoded and stored under a name Portal chooses.</summary>
    /// <param name="upload">The file and its caption, alt text and credit chain.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(MaxUploadBytes)]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<ImageDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ImageDto>> Upload([FromForm] ImageUpload upload, CancellationToken cancellationToken)
    {
        var details = new ImageInput { Caption = upload.Caption, AltText = upload.AltText, Credit = upload.Credit };
        if (!TryValidateModel(details))
        {
            return ValidationProblem(ModelState);
        }
        await using var file = upload.File!.OpenReadStream();
        var stored = await store.SaveAsync(file, cancellationToken);
        if (stored.TooLarge)
        {
            return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large", detail: stored.Error);
        }
        if (stored.FileName is null)
        {
            ModelState.AddModelError(nameof(ImageUpload.File), stored.Error!);
            return ValidationProblem(ModelState);
        }
        var image = new Data.Credits.Image { Caption = "", FileName = stored.FileName };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CreditWrites.DescribeAsync(image, details, db, cancellationToken);
        db.Images.Add(image);
        audit.Record(User.Identity?.Name, "image.uploaded", stored.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = image.Id }, this.WithETag((await ReadAsync(image.Id, true, cancellationToken))!));
    }

    /// <summary>Replaces caption, alt text and credit chain. Needs If-Match.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="input">Every field.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<ImageDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(int id, ImageInput input, CancellationToken cancellationToken) =>
        UpdateAsync(id, _ => (input, null), cancellationToken);

    /// <summary>Changes the fields a JSON merge patch names, e.g. <c>{"altText": "…"}</c>. Needs If-Match.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="patch">A merge patch over the fields of a PUT.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<ImageDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(int id, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(id, current => MergePatch.Apply(current, patch, this.JsonOptions()), cancellationToken);

    /// <summary>Deletes a photo no article shows. Needs If-Match.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ActionResult> Delete(int id, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(id, true, c), NotFoundProblem, async _ =>
        {
            if (await CreditWrites.WhyImageNotDeletableAsync(db, id, cancellationToken) is { } reason)
            {
                return Problem(statusCode: StatusCodes.Status409Conflict, title: "The photo is in an article", detail: reason);
            }
            var image = await db.Images.SingleAsync(i => i.Id == id, cancellationToken);
            db.Images.Remove(image);
            audit.Record(User.Identity?.Name, "image.deleted", $"image {id}");
            await db.SaveChangesAsync(cancellationToken);
            store.Forget(image.FileName);
            return NoContent();
        }, cancellationToken);

    /// <summary>The most a photo upload may send; the configured file limit (Portal:Media:MaxBytes) applies within it.</summary>
    private const long MaxUploadBytes = 64L * 1024 * 1024;

    private async Task<ImageDto?> ReadAsync(int id, bool includeUnpublished, CancellationToken cancellationToken) =>
        await credits.ImageAsync(id, includeUnpublished, cancellationToken) is { } image ? ImageDto.From(image) : null;

    private Task<ActionResult> UpdateAsync(int id, Func<ImageInput, (ImageInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(id, true, c), NotFoundProblem, async current =>
        {
            var (input, error) = change(ImageInput.From(current));
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var image = await db.Images.Include(i => i.Credits).ThenInclude(c => c.Agency).SingleAsync(i => i.Id == id, cancellationToken);
            await CreditWrites.DescribeAsync(image, input!, db, cancellationToken);
            audit.Record(User.Identity?.Name, "image.edited", $"image {id}");
            await db.SaveChangesAsync(cancellationToken);
            return this.Tagged((await ReadAsync(id, true, cancellationToken))!);
        }, cancellationToken);

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Image not found", detail: "No image you may see has this id.");
}
