using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Organisations;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Shared;

namespace Portal.Web.Organisations;

/// <summary>An organisation and how many of its quotes readers can see; its quotes are at <c>/api/quotes?organisation={slug}</c>.</summary>
public sealed record OrganisationDto(string Slug, string Name, int Quotes);

/// <summary>The organisations whose words stories quote. Writes need an editor's token; PUT, PATCH and DELETE need If-Match.</summary>
[ApiController]
[Route("api/organisations")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class OrganisationsController(PortalDbContext db, TimeProvider clock, AuditLog audit) : ControllerBase
{
    /// <summary>Every organisation, by name, with how many of its quotes stand in published articles.</summary>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<OrganisationDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<OrganisationDto>> List([FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        var all = Read(db.Organisations.AsNoTracking());
        var items = await all.OrderBy(o => o.Name).ThenBy(o => o.Slug).PageAt(paging.Page, paging.PageSize).ToListAsync(cancellationToken);
        return this.WithPageLinks(new PageOf<OrganisationDto>(items, paging.Page, paging.PageSize, await db.Organisations.CountAsync(cancellationToken)));
    }

    /// <summary>One organisation.</summary>
    /// <param name="slug">The organisation's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<OrganisationDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<OrganisationDto>> Get(string slug, CancellationToken cancellationToken) =>
        await ReadAsync(slug, cancellationToken) is { } organisation ? this.Tagged(organisation) : NotFoundProblem();

    /// <summary>Adds an organisation.</summary>
    /// <param name="input">The organisation; the slug is taken from the name when left out.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<OrganisationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<OrganisationDto>> Create(NewOrganisationInput input, CancellationToken cancellationToken)
    {
        var slug = input.Slug ?? Slug.From(input.Name, Organisation.SlugMaxLength);
        if (await db.Organisations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "The organisation exists", detail: $"An organisation has the slug \"{slug}\" already.");
        }
        db.Organisations.Add(new Organisation { Slug = slug, Name = input.Name.Trim() });
        audit.Record(User.Identity?.Name, "organisation.created", slug);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { slug }, this.WithETag((await ReadAsync(slug, cancellationToken))!));
    }

    /// <summary>Renames the organisation everywhere it is quoted. Needs If-Match.</summary>
    /// <param name="slug">The organisation's slug.</param>
    /// <param name="input">The new name.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<OrganisationDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(string slug, OrganisationInput input, CancellationToken cancellationToken) =>
        UpdateAsync(slug, _ => (input, null), cancellationToken);

    /// <summary>Changes the fields a JSON merge patch names. Needs If-Match.</summary>
    /// <param name="slug">The organisation's slug.</param>
    /// <param name="patch">A merge patch over the fields of a PUT.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<OrganisationDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(string slug, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(slug, current => MergePatch.Apply(current, patch, this.JsonOptions()), cancellationToken);

    /// <summary>Deletes the organisation; its quotes stay, open for an editor to settle again. Needs If-Match.</summary>
    /// <param name="slug">The organisation's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public Task<ActionResult> Delete(string slug, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async _ =>
        {
            db.Organisations.Remove(await db.Organisations.SingleAsync(o => o.Slug == slug, cancellationToken));
            audit.Record(User.Identity?.Name, "organisation.deleted", slug);
            await db.SaveChangesAsync(cancellationToken);
            return NoContent();
        }, cancellationToken);

    private IQueryable<OrganisationDto> Read(IQueryable<Organisation> organisations)
    {
        var visible = ArticleVisibility.QuoteVisibleAt(clock.GetUtcNow().UtcDateTime);
        return organisations.Select(o => new OrganisationDto(o.Slug, o.Name, db.Quotes.Where(visible).Count(q => q.OrganisationId == o.Id)));
    }

    private Task<OrganisationDto?> ReadAsync(string slug, CancellationToken cancellationToken) =>
        Read(db.Organisations.AsNoTracking().Where(o => o.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    private Task<ActionResult> UpdateAsync(string slug, Func<OrganisationInput, (OrganisationInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async current =>
        {
            var (input, error) = change(new OrganisationInput { Name = current.Name });
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug, cancellationToken);
            organisation.Name = input!.Name.Trim();
            audit.Record(User.Identity?.Name, "organisation.edited", slug);
            await db.SaveChangesAsync(cancellationToken);
            return this.Tagged((await ReadAsync(slug, cancellationToken))!);
        }, cancellationToken);

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Organisation not found", detail: "No organisation has this slug.");
}
