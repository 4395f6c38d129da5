using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Api;
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

/// <summary>People quoted or mentioned in the news, and what they said.</summary>
[ApiController]
[Route("api/people")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class PeopleController(PersonQueries people, QuoteQueries quotes) : ControllerBase
{
    /// <summary>People, by name.</summary>
    [HttpGet]
    [ProducesResponseType<PageOf<PersonDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<PersonDto>> List([FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        var page = await people.ListAsync(paging.Page, paging.PageSize, cancellationToken);
        return this.WithPageLinks(new PageOf<PersonDto>(page.Items.Select(PersonDto.From).ToList(), page.Page, page.PageSize, page.Total));
    }

    /// <summary>One person.</summary>
    /// <param name="slug">The person's slug, as in their page's URL.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<PersonDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PersonDto>> Get(string slug, CancellationToken cancellationToken) =>
        await people.BySlugAsync(slug, cancellationToken) is { } person
            ? PersonDto.From(person)
            : NotFoundProblem();

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
        return this.WithPageLinks(QuoteDto.Page(await quotes.SearchAsync(person.Slug, null, paging.Page, paging.PageSize, cancellationToken)));
    }

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found", detail: "No person has this slug.");
}
