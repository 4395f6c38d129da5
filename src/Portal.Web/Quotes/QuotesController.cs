using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Data.Quotes;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

/// <summary>A quotation as the API shows it: whose words (<c>speaker</c> when a person, <c>source</c> always), in which article, and where to read it.</summary>
public sealed record QuoteDto(int Id, string Text, bool IsFragment, SpeakerItem? Speaker, QuoteSourceItem Source, RelatedArticle Article, DateTime? PublishedAt, string Url)
{
    public static PageOf<QuoteDto> Page(PageOf<QuoteListItem> page) => new(page.Items.Select(item => new QuoteDto(
        item.Id, item.Text, item.IsFragment,
        item.SpeakerSlug is null ? null : new SpeakerItem(item.SpeakerSlug, item.SpeakerName!), item.Source,
        new RelatedArticle(item.ArticleSlug, item.ArticleHeadline), item.PublishedAt, item.Link)).ToList(),
        page.Page, page.PageSize, page.Total);
}

/// <summary>Who said what, in which article. Writes need an editor's token; PUT, PATCH and DELETE need If-Match.</summary>
[ApiController]
[Route("api/quotes")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class QuotesController(PortalDbContext db, QuoteQueries quotes, ArticleEditor articles, AuditLog audit) : ControllerBase
{
    /// <summary>Quotes in published articles, newest first, by speaker, words, article and organisation.</summary>
    /// <param name="speaker">A person's slug: only their quotes.</param>
    /// <param name="q">Words the quote must contain, all of them.</param>
    /// <param name="article">An article's slug: only its quotes.</param>
    /// <param name="organisation">An organisation's slug: only its words.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<QuoteDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<QuoteDto>> List([FromQuery, MaxLength(Person.SlugMaxLength)] string? speaker, [FromQuery, MaxLength(QuoteQueries.MaxSearchLength)] string? q,
        [FromQuery, MaxLength(Article.SlugMaxLength)] string? article, [FromQuery, MaxLength(Organisation.SlugMaxLength)] string? organisation,
        [FromQuery] PageRequest paging, CancellationToken cancellationToken) =>
        this.WithPageLinks(QuoteDto.Page(await quotes.SearchAsync(new QuoteFilter(speaker, q, article, organisation), paging.Page, paging.PageSize, cancellationToken)));

    /// <summary>One quote; quotes in unpublished articles need an editor's token.</summary>
    /// <param name="id">The quote's id.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet("{id:int}")]
    [ProducesResponseType<QuoteDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<QuoteDto>> Get(int id, CancellationToken cancellationToken)
    {
        return await ReadAsync(id, HttpContext.IsEditorCall(), cancellationToken) is { } quote ? this.Tagged(quote) : NotFoundProblem();
    }

    /// <summary>Marks words in an article's text as a quote, with its source.</summary>
    /// <param name="input">The article, the exact words and the source.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<QuoteDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<QuoteDto>> Create(NewQuoteInput input, CancellationToken cancellationToken)
    {
        if (await articles.LoadAsync(input.Article, cancellationToken) is not { } article)
        {
            ModelState.AddModelError(nameof(NewQuoteInput.Article), "No article has this slug.");
            return ValidationProblem(ModelState);
        }
        var quote = new Quote { Text = input.Text, Article = article };
        if (await QuoteWrites.PlaceAsync(quote, input, article, db, cancellationToken) is { } error)
        {
            ModelState.AddModelError(error.Field, error.Message);
            return ValidationProblem(ModelState);
        }
        article.Quotes.Add(quote);
        audit.Record(User.Identity?.Name, "quote.created", article.Slug);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = quote.Id }, this.WithETag((await ReadAsync(quote.Id, true, cancellationToken))!));
    }

    /// <summary>Replaces the quote's words, source and fragment flag. Needs If-Match.</summary>
    /// <param name="id">The quote's id.</param>
    /// <param name="input">Every field.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPut("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes("application/json")]
    [ProducesResponseType<QuoteDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Replace(int id, QuoteInput input, CancellationToken cancellationToken) =>
        UpdateAsync(id, _ => (input, null), cancellationToken);

    /// <summary>
    /// Changes the fields a JSON merge patch names, e.g. <c>{"speaker": "mike-pompeo"}</c>; naming one source field
    /// (speaker, organisation, unnamedSource, isNotSpeech) replaces the source the quote had. Needs If-Match.
    /// </summary>
    /// <param name="id">The quote's id.</param>
    /// <param name="patch">A merge patch over the fields of a PUT.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPatch("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [RequestSizeLimit(ApiLimits.MaxBodyBytes)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<QuoteDto>(StatusCodes.Status200OK)]
    public Task<ActionResult> Patch(int id, [FromBody] JsonElement patch, CancellationToken cancellationToken) =>
        UpdateAsync(id, current => MergePatch.Apply(QuoteInput.SourceReplacedBy(current, patch), patch, this.JsonOptions()), cancellationToken);

    /// <summary>Stops treating the words as a quote; the article's text stays. Needs If-Match.</summary>
    /// <param name="id">The quote's id.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = Policies.ApiEditors)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public Task<ActionResult> Delete(int id, CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(id, true, c), NotFoundProblem, async current =>
        {
            db.Quotes.Remove(await db.Quotes.SingleAsync(q => q.Id == id, cancellationToken));
            audit.Record(User.Identity?.Name, "quote.deleted", current.Article.Slug);
            await db.SaveChangesAsync(cancellationToken);
            return NoContent();
        }, cancellationToken);

    private async Task<QuoteDto?> ReadAsync(int id, bool includeUnpublished, CancellationToken cancellationToken) =>
        QuoteDto.Page(await quotes.SearchAsync(new QuoteFilter { Id = id, IncludeUnpublished = includeUnpublished }, 1, 1, cancellationToken)).Items.FirstOrDefault();

    private Task<ActionResult> UpdateAsync(int id, Func<QuoteInput, (QuoteInput? Input, (string Field, string Message)? Error)> change,
        CancellationToken cancellationToken) =>
        this.WriteIfMatchAsync(db, c => ReadAsync(id, true, c), NotFoundProblem, async current =>
        {
            var (input, error) = change(QuoteInput.From(current));
            if (!this.IsValidInput(input, error))
            {
                return ValidationProblem(ModelState);
            }
            var article = (await articles.LoadAsync(current.Article.Slug, cancellationToken))!;
            var quote = article.Quotes.Single(q => q.Id == id);
            if (await QuoteWrites.PlaceAsync(quote, input!, article, db, cancellationToken) is { } misfit)
            {
                ModelState.AddModelError(misfit.Field, misfit.Message);
                return ValidationProblem(ModelState);
            }
            audit.Record(User.Identity?.Name, "quote.edited", article.Slug);
            await db.SaveChangesAsync(cancellationToken);
            return this.Tagged((await ReadAsync(id, true, cancellationToken))!);
        }, cancellationToken);

    private ObjectResult NotFoundProblem() =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Quote not found", detail: "No quote you may see has this id.");
}
