using System.Security.Claims;
using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Data.Articles;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Articles;

namespace Portal.Web.Imports;

/// <summary>Wire copy to import, as JSON; as text/plain the body is the copy and the headline a query parameter.</summary>
public sealed class ImportInput : IValidatableObject
{
    /// <summary>The wire copy: paragraphs separated by blank lines, figures as "(caption)" and "[Agency/Agency]" lines.</summary>
    [Required, StringLength(WireParser.MaxTextLength)]
    public string Text { get; set; } = "";

    /// <summary>The headline; taken from the first paragraph (with a warning) when left out.</summary>
    [StringLength(Article.HeadlineMaxLength)]
    public string? Headline { get; set; }

    [StringLength(Article.StandfirstMaxLength)]
    public string? Standfirst { get; set; }

    [StringLength(Article.SectionMaxLength)]
    public string? Section { get; set; }

    public List<string> Tags { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => ArticleInput.ValidateTags(Tags);
}

/// <summary>The draft an import made and what the importer doubted: quotes it could not attribute, people it guessed, and so on.</summary>
public sealed record ImportResult(ArticleDetail Article, IReadOnlyList<ImportProblem> Warnings);

/// <summary>Wire copy in, a draft article out.</summary>
[ApiController]
[Route("api/imports")]
[Authorize(Policy = Policies.ApiEditors)]
[RequestSizeLimit(ApiLimits.MaxBodyBytes)]
public sealed class ImportsController(ArticleEditor editor, ArticleQueries queries, IOptions<JsonOptions> json) : ControllerBase
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Imports wire copy: as JSON <c>{"text": "…", "headline": "…"}</c>, or as a UTF-8 <c>text/plain</c> body with
    /// the headline in the query string. Returns the draft and the importer's warnings.
    /// </summary>
    /// <param name="headline">With text/plain: the headline; taken from the first paragraph when left out.</param>
    /// <param name="cancellationToken">Ends the work when the client goes away.</param>
    [HttpPost]
    [Consumes(typeof(ImportInput), "application/json", "text/plain")]
    [ProducesResponseType<ImportResult>(StatusCodes.Status201Created, "application/json")]
    public async Task<ActionResult<ImportResult>> Import([FromQuery, StringLength(Article.HeadlineMaxLength)] string? headline, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            using var reader = new StreamReader(Request.Body, StrictUtf8);
            body = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError("$", "The body is not valid UTF-8.");
            return ValidationProblem(ModelState);
        }
        ImportInput? input;
        if (Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
        {
            input = new ImportInput { Text = body, Headline = headline };
        }
        else
        {
            try
            {
                input = JsonSerializer.Deserialize<ImportInput>(body, json.Value.JsonSerializerOptions);
            }
            catch (JsonException exception)
            {
                ModelState.AddModelError(exception.Path ?? "$", "This is not a JSON import: { \"text\": \"…\", \"headline\": \"…\" }.");
                return ValidationProblem(ModelState);
            }
        }
        if (input is null)
        {
            ModelState.AddModelError("$", "The body is empty.");
            return ValidationProblem(ModelState);
        }
        if (!TryValidateModel(input))
        {
            return ValidationProblem(ModelState);
        }
        return await ImportAsync(input, cancellationToken);
    }

    private async Task<ActionResult<ImportResult>> ImportAsync(ImportInput input, CancellationToken cancellationToken)
    {
        var text = new ArticleInput { Headline = input.Headline ?? "", Standfirst = input.Standfirst, Section = input.Section, Tags = input.Tags, Body = input.Text }
            .ToText();
        var save = await editor.CreateAsync(text, null, User.Identity?.Name, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (save.Article is not { } created)
        {
            return this.ValidationProblemFor(save.Errors);
        }
        var detail = this.WithETag((await queries.BySlugAsync(created.Slug, true, cancellationToken))!);
        return CreatedAtAction(nameof(ArticlesController.Get), "Articles", new { slug = created.Slug }, new ImportResult(detail, save.Warnings));
    }
}
