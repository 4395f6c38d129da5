using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Imports;
using Portal.Web.Shared;

namespace Portal.Web.Credits;

/// <summary>The agencies whose photos we run. Writes need an editor's token; PUT, PATCH and DELETE need If-Match.</summary>
[ApiController]
[Route("api/agencies")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class AgenciesController(PortalDbContext db, CreditQueries credits, AuditLog audit) : ControllerBase
{
    /// <summary>Agencies credited on photos in published articles, with how many photos each.</summary>
    [HttpGet]
    [ProducesResponseType<PageOf<AgencyCredits>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<AgencyCredits>> List([FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(await credits.AgenciesAsync(paging.Page, paging.PageSize, cancellationToken));

    /// <summary>One agency.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<AgencyDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<AgencyDto>> Get(string slug, CancellationToken cancellationToken) =>
        await ReadAsync(slug, cancellationToken) is { } agency ? this.Tagged(agency) : NotFoundProblem();

    /// <summary>The photos an agency is credited on, anywhere in their credit chain.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}/images")]
    [ProducesResponseType<PageOf<ImageDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PageOf<ImageDto>>> Images(string slug, [FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        await credits.AgencyAsync(slug, cancellationToken) is { } agency
            ? this.WithPageLinks(ImageDto.Page(await credits.ImagesAsync(agency.Id, paging.Page, paging.PageSize, cancellationToken)))
            : NotFoundProblem();

    /// <summary>Adds an agency.</summary>
    /// <param name="input">The agency; the slug is taken from the name when left out.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<AgencyDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AgencyDto>> Create(NewAgencyInput input, CancellationToken cancellationToken)
    {
        var slug = input.ChosenSlug;
        if (await CreditWrites.AddAgencyAsync(db, input, cancellationToken) is null)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "The agency exists", detail: $"An agency has the slug \"{slug}\" already.");
        }
        audit.Record(User.Identity?.Name, "agency.created", slug);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { slug }, this.WithETag((await ReadAsync(slug, cancellationToken))!));
    }

    /// <summary>Renames the agency everywhere its photos run. Needs If-Match.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="input">The new name.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<AgencyDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(string slug, AgencyInput input, CancellationToken cancellationToken) =>
        UpdateAsync(slug, _ => (input, null), cancellationToken);

    /// <summary>Changes the fields a JSON merge patch names. Needs If-Match.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="patch">A merge patch over the fields of a PUT.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<AgencyDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(string slug, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(slug, current => MergePatch.Apply(current, patch, this.JsonOptions()), cancellationToken);

    /// <summary>Deletes an agency no photo credits. Needs If-Match.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ActionResult> Delete(string slug, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async _ =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Slug == slug, cancellationToken);
            if (await CreditWrites.WhyAgencyNotDeletableAsync(db, agency.Id, cancellationToken) is { } reason)
            {
                return Problem(statusCode: StatusCodes.Status409Conflict, title: "The agency is credited", detail: reason);
            }
            db.Agencies.Remove(agency);
            audit.Record(User.Identity?.Name, "agency.deleted", slug);
            await db.SaveChangesAsync(cancellationToken);
            return NoContent();
        }, cancellationToken);

    private async Task<AgencyDto?> ReadAsync(string slug, CancellationToken cancellationToken) =>
        await credits.AgencyAsync(slug, cancellationToken) is { } agency ? new AgencyDto(agency.Slug, agency.Name) : null;

    private Task<ActionResult> UpdateAsync(string slug, Func<AgencyInput, (AgencyInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async current =>
        {
            var (input, error) = change(new AgencyInput { Name = current.Name });
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var agency = await db.Agencies.SingleAsync(a => a.Slug == slug, cancellationToken);
            CreditWrites.Rename(agency, input!);
            audit.Record(User.Identity?.Name, "agency.edited", slug);
            await db.SaveChangesAsync(cancellationToken);
            return this.Tagged((await ReadAsync(slug, cancellationToken))!);
        }, cancellationToken);

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Agency not found", detail: "No agency has this slug.");
}
