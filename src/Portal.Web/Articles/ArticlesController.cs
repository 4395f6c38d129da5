using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Api;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>Published articles, for developers and other newsroom systems.</summary>
[ApiController]
[Route("api/articles")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class ArticlesController(ArticleQueries queries) : ControllerBase
{
    /// <summary>Published articles, newest first.</summary>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<ArticleSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<ArticleSummary>> List([FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(await queries.PublishedAsync(new ArticleFilter(), paging.Page, paging.PageSize, cancellationToken));

    /// <summary>One published article: its blocks in order, people with their role, quotes with speakers, and image credit chains.</summary>
    /// <param name="slug">The article's slug, as in its URL.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ArticleDetail>> Get(string slug, CancellationToken cancellationToken) =>
        await queries.PublishedBySlugAsync(slug, cancellationToken) is { } article
            ? article
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found",
                detail: "No published article has this slug.");
}
