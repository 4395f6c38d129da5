using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Credits;

/// <summary>A photo as the API shows it: caption, alt text, its credit chain, and the articles it runs in.</summary>
public sealed record ImageDto(int Id, string Caption, string? AltText, string? Url, IReadOnlyList<AgencyItem> Credit, string CreditLine,
    IReadOnlyList<RelatedArticle> Articles)
{
    public static ImageDto From(CreditedImage image) =>
        new(image.Id, image.Caption, image.AltText, image.Url, image.Credit, image.CreditLine, image.Articles);
}

/// <summary>Which agencies' photos we run, and each photo's credit chain.</summary>
[ApiController]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class CreditsController(CreditQueries credits) : ControllerBase
{
    /// <summary>Agencies credited on photos in published articles, with how many photos each.</summary>
    [HttpGet("api/agencies")]
    [ProducesResponseType<PageOf<AgencyCredits>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<AgencyCredits>> Agencies([FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(await credits.AgenciesAsync(paging.Page, paging.PageSize, cancellationToken));

    /// <summary>The photos an agency is credited on, anywhere in their credit chain.</summary>
    /// <param name="slug">The agency's slug.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("api/agencies/{slug}/images")]
    [ProducesResponseType<PageOf<ImageDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PageOf<ImageDto>>> AgencyImages(string slug, [FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        await credits.AgencyAsync(slug, cancellationToken) is { } agency
            ? this.WithPageLinks(ToDtos(await credits.ImagesAsync(agency.Id, paging.Page, paging.PageSize, cancellationToken)))
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Agency not found", detail: "No agency has this slug.");

    /// <summary>Photos in published articles, newest first.</summary>
    [HttpGet("api/images")]
    [ProducesResponseType<PageOf<ImageDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<ImageDto>> Images([FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(ToDtos(await credits.ImagesAsync(null, paging.Page, paging.PageSize, cancellationToken)));

    /// <summary>One photo with its credit chain.</summary>
    /// <param name="id">The image's id.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("api/images/{id:int}")]
    [ProducesResponseType<ImageDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ImageDto>> Image(int id, CancellationToken cancellationToken) =>
        await credits.ImageAsync(id, cancellationToken) is { } image
            ? ImageDto.From(image)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Image not found", detail: "No published article shows an image with this id.");

    private static PageOf<ImageDto> ToDtos(PageOf<CreditedImage> page) =>
        new(page.Items.Select(ImageDto.From).ToList(), page.Page, page.PageSize, page.Total);
}
