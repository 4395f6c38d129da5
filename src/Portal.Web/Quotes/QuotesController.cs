using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Quotes;

/// <summary>A quotation as the API shows it: who said it, in which article, and where to read it.</summary>
public sealed record QuoteDto(int Id, string Text, bool IsFragment, SpeakerItem? Speaker, RelatedArticle Article, DateTime? PublishedAt, string Url)
{
    public static PageOf<QuoteDto> Page(PageOf<QuoteListItem> page) => new(page.Items.Select(item => new QuoteDto(
        item.Id, item.Text, item.IsFragment,
        item.SpeakerSlug is null ? null : new SpeakerItem(item.SpeakerSlug, item.SpeakerName!),
        new RelatedArticle(item.ArticleSlug, item.ArticleHeadline), item.PublishedAt, item.Link)).ToList(),
        page.Page, page.PageSize, page.Total);
}

/// <summary>Who said what, in which article.</summary>
[ApiController]
[Route("api/quotes")]
[EnableCors(ApiCors.AnonymousReads)]
public sealed class QuotesController(QuoteQueries quotes) : ControllerBase
{
    /// <summary>Quotes in published articles, newest first, by speaker and words.</summary>
    /// <param name="speaker">A person's slug: only their quotes.</param>
    /// <param name="q">Words the quote must contain, all of them.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PageOf<QuoteDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PageOf<QuoteDto>> List([FromQuery] string? speaker, [FromQuery, System.ComponentModel.DataAnnotations.MaxLength(QuoteQueries.MaxSearchLength)] string? q,
        [FromQuery] PageRequest paging, CancellationToken cancellationToken)
    {
        return this.WithPageLinks(QuoteDto.Page(await quotes.SearchAsync(speaker, q, paging.Page, paging.PageSize, cancellationToken)));
    }
}
