using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.People;
using Portal.Web.Search;
using Portal.Web.Shared;

namespace Portal.Web.Articles;

/// <summary>When to publish: now when left out, or a later time to schedule.</summary>
public sealed record PublishInput(DateTime? At);

/// <summary>
/// Articles, for developers and other newsroom systems. Reads of published articles are anonymous; drafts,
/// writes and state changes need an editor's API token. PUT, PATCH and DELETE need If-Match.
/// </summary>
[ApiController]
[Route("api/articles")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class ArticlesController(PortalDbContext db, ArticleQueries queries, ArticleEditor editor, PersonQueries people, IOptions<SiteOptions> site)
    : ControllerBase
{
    /// <summary>Articles, newest first: what readers see, or with <c>status</c> (editors only) every article in that status.</summary>
    /// <param name="paging">Page and page size.</param>
    /// <param name="query">Filters and order.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<ArticleSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<PageOf<ArticleSummary>>> List([FromQuery] PageRequest paging, [FromQuery] ArticleListRequest query, CancellationToken cancellationToken)
    {
        if (query.Status is not null && !HttpContext.IsEditorCall())
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only editors list by status",
                detail: "Listing drafts and scheduled articles needs an editor's API token.");
        }
        if (query.Order == ArticleOrder.Relevance && string.IsNullOrWhiteSpace(query.Q))
        {
            ModelState.AddModelError("sort", "sort=relevance needs words to rank by in q.");
            return ValidationProblem(ModelState);
        }
        var empty = new PageOf<ArticleSummary>([], paging.Page, paging.PageSize, 0);
        int? personId = null;
        if (query.Person is { } slug)
        {
            if (await people.BySlugAsync(slug, cancellationToken) is not { } person)
            {
                return this.WithPageLinks(empty);
            }
            personId = person.Id;
        }
        string? section = null;
        if (query.Section is { } sectionSlug && (section = await queries.SectionNamedAsync(sectionSlug, cancellationToken)) is null)
        {
            return this.WithPageLinks(empty);
        }
        var terms = SearchTerms.From(query.Q);
        if (query.Q is not null && terms is null)
        {
            return this.WithPageLinks(empty);
        }
        var filter = new ArticleFilter(query.Tag, section, personId)
        {
            Terms = terms,
            From = query.From?.ToUniversalTime(),
            To = query.To?.ToUniversalTime(),
            Status = query.Status,
            Order = query.Order,
        };
        return this.WithPageLinks(await queries.ListAsync(filter, paging.Page, paging.PageSize, cancellationToken));
    }

    /// <summary>One article: its blocks in order, people with their role, quotes with speakers, and image credit chains. Drafts with an editor's token.</summary>
    /// <param name="slug">The article's slug, as in its URL.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}")]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ArticleDetail>> Get(string slug, CancellationToken cancellationToken)
    {
        if (await queries.BySlugAsync(slug, HttpContext.IsEditorCall(), cancellationToken) is not { } article)
        {
            return await RenamedOrNotFoundAsync(slug, "", cancellationToken);
        }
        HttpContext.TagResponse(ReaderCache.TagsFor(article));
        return this.Tagged(article);
    }

    /// <summary>The article as an IPTC ninjs 2.1 news item, with each photo as an associated picture; drafts with an editor's token.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{slug}/ninjs")]
    [ProducesResponseType<NinjsItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<NinjsItem>> Ninjs(string slug, CancellationToken cancellationToken)
    {
        if (await queries.BySlugAsync(slug, HttpContext.IsEditorCall(), cancellationToken) is not { } article)
        {
            return await RenamedOrNotFoundAsync(slug, "/ninjs", cancellationToken);
        }
        HttpContext.TagResponse(ReaderCache.TagsFor(article));
        var item = NinjsItem.For(article, site.Value.BaseUrl(Request), site.Value.Name);
        Response.Headers.ETag = Preconditions.ETagOf(item, NinjsJson.Options);
        return new JsonResult(item, NinjsJson.Options);
    }

    /// <summary>Creates a draft from the fields and the body in wire text; quotes, people and credits are read from the body.</summary>
    /// <param name="input">The article's fields; the slug is taken from the headline when left out.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ArticleDetail>> Create(NewArticleInput input, CancellationToken cancellationToken)
    {
        var save = await editor.CreateAsync(input.ToText(), input.Slug, User.Identity?.Name, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (save.Errors.ContainsKey(nameof(NewArticleInput.Slug)))
        {
            return Problem(statusCode: StatusCodes.Status409Conflict, title: "The slug is taken", detail: save.Errors[nameof(NewArticleInput.Slug)][0]);
        }
        if (save.Article is not { } article)
        {
            return this.ValidationProblemFor(save.Errors);
        }
        return await CreatedArticleAsync(article.Slug, cancellationToken);
    }

    /// <summary>Replaces every editable field and the body. Needs If-Match.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="input">All editable fields.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(string slug, ArticleInput input, CancellationToken cancellationToken) =>
        UpdateAsync(slug, _ => (input, null), cancellationToken);

    /// <summary>Changes the fields a JSON merge patch (RFC 7396) names; the rest stay. Needs If-Match.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="patch">A merge patch over the fields of a PUT: <c>{"headline": "…"}</c>; null removes an optional field.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(string slug, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(slug, current => MergePatch.Apply(current, patch, this.JsonOptions()), cancellationToken);

    /// <summary>Deletes the article with its quotes and revisions; its photos stay in the library. Needs If-Match.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{slug}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public Task<ActionResult> Delete(string slug, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => queries.BySlugAsync(slug, true, c), NotFoundProblem, async _ =>
        {
            await editor.DeleteAsync((await editor.LoadAsync(slug, cancellationToken))!, User.Identity?.Name, cancellationToken);
            return NoContent();
        }, cancellationToken);

    /// <summary>Publishes now, or schedules when <c>at</c> is later; refused (409) while a photo lacks alt text or credit, or a quote lacks a speaker.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="input">When to publish; leave out the body to publish now.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost("{slug}/publish")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ArticleDetail>> Publish(string slug, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] PublishInput? input,
        CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(slug, cancellationToken) is not { } article)
        {
            return NotFoundProblem();
        }
        if (await editor.PublishAsync(article, input?.At, User.Identity?.Name, cancellationToken) is { Count: > 0 } blockers)
        {
            var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, StatusCodes.Status409Conflict, "The article cannot be published yet",
                detail: string.Join(" ", blockers));
            problem.Extensions["blockers"] = blockers;
            return Conflict(problem);
        }
        return this.Tagged((await queries.BySlugAsync(slug, true, cancellationToken))!);
    }

    /// <summary>Takes the article back to draft: readers no longer see it.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost("{slug}/unpublish")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType<ArticleDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ArticleDetail>> Unpublish(string slug, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(slug, cancellationToken) is not { } article)
        {
            return NotFoundProblem();
        }
        await editor.UnpublishAsync(article, User.Identity?.Name, cancellationToken);
        return this.Tagged((await queries.BySlugAsync(slug, true, cancellationToken))!);
    }

    /// <summary>201 with Location and ETag, after a create.</summary>
    private async Task<CreatedAtActionResult> CreatedArticleAsync(string slug, CancellationToken cancellationToken) =>
        CreatedAtAction(nameof(Get), new { slug }, this.WithETag((await queries.BySlugAsync(slug, true, cancellationToken))!));

    private Task<ActionResult> UpdateAsync(string slug, Func<ArticleInput, (ArticleInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => queries.BySlugAsync(slug, true, c), NotFoundProblem, async _ =>
        {
            var article = (await editor.LoadAsync(slug, cancellationToken))!;
            var (input, error) = change(ArticleInput.From(ArticleEditor.TextOf(article)));
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var save = await editor.UpdateAsync(article, input!.ToText(), User.Identity?.Name, cancellationToken);
            if (save.Article is null)
            {
                return this.ValidationProblemFor(save.Errors);
            }
            return this.Tagged((await queries.BySlugAsync(slug, true, cancellationToken))!);
        }, cancellationToken);

    /// <summary>A permanent redirect when the article was renamed from this slug (reads only: a write names the article as it is now).</summary>
    private async Task<ActionResult> RenamedOrNotFoundAsync(string slug, string suffix, CancellationToken cancellationToken) =>
        await queries.RenamedFromAsync(slug, HttpContext.IsEditorCall(), cancellationToken) is { } renamed
            ? RedirectPermanent($"/api/articles/{renamed}{suffix}")
            : NotFoundProblem();

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: "No article you may see has this slug.");
}
