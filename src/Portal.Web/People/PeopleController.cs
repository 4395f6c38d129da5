using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.People;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Imports;
using Portal.Web.Articles;
using Portal.Web.Quotes;
using Portal.Web.Shared;

namespace Portal.Web.People;

/// <summary>A person as the API shows them.</summary>
public sealed record PersonDto(string Slug, string Name, string? Title, string? Organisation, string? Description)
{
    public static PersonDto From(PersonProfile person) =>
        new(person.Slug, person.Name, person.Title, person.Organisation, person.Description);
}

/// <summary>People quoted or mentioned in the news, and what they said. Writes need an editor's token; PUT, PATCH and DELETE need If-Match.</summary>
[ApiController]
[Route("api/people")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class PeopleController(PortalDbContext db, PersonQueries people, QuoteQueries quotes, AuditLog audit) : ControllerBase
{
    private const int SearchMaxLength = 100;

    /// <summary>People, by name; <c>q</c> finds those whose name, or a word of it, starts with it ("pomp" finds Mike Pompeo).</summary>
    /// <param name="paging">Which page, and how many people a page.</param>
    /// <param name="q">The start of a name or of a word of it, in any case; at most 100 characters.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<PersonDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<PersonDto>> List([FromQuery] PageRequest paging, [FromQuery, StringLength(SearchMaxLength)] string? q, CancellationToken cancellationToken)
    {
        var page = await people.ListAsync(paging.Page, paging.PageSize, cancellationToken, q);
        return this.WithPageLinks(new PageOf<PersonDto>(page.Items.Select(PersonDto.From).ToList(), page.Page, page.PageSize, page.Total));
    }

    /// <summary>One person.</summary>
    /// <param name="slug">The person's slug, as in their page's URL.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<PersonDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PersonDto>> Get(string slug, CancellationToken cancellationToken) =>
        await ReadAsync(slug, cancellationToken) is { } person ? this.Tagged(person) : NotFoundProblem();

    /// <summary>Adds a person.</summary>
    /// <param name="input">The person; the slug is taken from the name when left out.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<PersonDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<PersonDto>> Create(NewPersonInput input, CancellationToken cancellationToken)
    {
        if (await PersonWrites.AddAsync(db, input, cancellationToken) is not { } person)
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "The slug is taken", detail: $"Another person has the slug \"{input.Slug}\".");
        }
        audit.Record(User.Identity?.Name, "person.created", person.Slug);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { slug = person.Slug }, this.WithETag((await ReadAsync(person.Slug, cancellationToken))!));
    }

    /// <summary>Replaces the person's fields. Needs If-Match.</summary>
    /// <param name="slug">The person's slug.</param>
    /// <param name="input">Every field.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<PersonDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(string slug, PersonInput input, CancellationToken cancellationToken) =>
        UpdateAsync(slug, _ => (input, null), cancellationToken);

    /// <summary>Changes the fields a JSON merge patch names. Needs If-Match.</summary>
    /// <param name="slug">The person's slug.</param>
    /// <param name="patch">A merge patch over the fields of a PUT.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<PersonDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(string slug, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(slug, current => MergePatch.Apply(current, patch, this.JsonOptions()), cancellationToken);

    /// <summary>Deletes a person no article mentions; their quotes elsewhere become unattributed. Needs If-Match.</summary>
    /// <param name="slug">The person's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ActionResult> Delete(string slug, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async _ =>
        {
            var person = await db.People.SingleAsync(p => p.Slug == slug, cancellationToken);
            if (await PersonWrites.WhyNotDeletableAsync(db, person.Id, cancellationToken) is { } reason)
            {
                return Problem(statusCode: StatusCodes.Status409Conflict, title: "The person is in the news", detail: reason);
            }
            db.People.Remove(person);
            audit.Record(User.Identity?.Name, "person.deleted", slug);
            await db.SaveChangesAsync(cancellationToken);
            return NoContent();
        }, cancellationToken);

    /// <summary>What the person is quoted saying in published articles, newest first.</summary>
    /// <param name="slug">The person's slug.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}/quotes")]
    [ProducesResponseType<PageOf<QuoteDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PageOf<QuoteDto>>> Quotes(string slug, [FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        if (await people.BySlugAsync(slug, cancellationToken) is not { } person)
        {
            return NotFoundProblem();
        }
        return this.WithPageLinks(QuoteDto.Page(await quotes.SearchAsync(new QuoteFilter(person.Slug), paging.Page, paging.PageSize, cancellationToken)));
    }

    private async Task<PersonDto?> ReadAsync(string slug, CancellationToken cancellationToken) =>
        await people.BySlugAsync(slug, cancellationToken) is { } person ? PersonDto.From(person) : null;

    private Task<ActionResult> UpdateAsync(string slug, Func<PersonInput, (PersonInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(slug, c), NotFoundProblem, async current =>
        {
            var (input, error) = change(PersonInput.From(current));
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var person = await db.People.SingleAsync(p => p.Slug == slug, cancellationToken);
            PersonWrites.Describe(person, input!);
            audit.Record(User.Identity?.Name, "person.edited", slug);
            await db.SaveChangesAsync(cancellationToken);
            return this.Tagged((await ReadAsync(slug, cancellationToken))!);
        }, cancellationToken);

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found", detail: "No person has this slug.");
}
