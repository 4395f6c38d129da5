using System.ComponentModel.DataAnnotations;
using Portal.Data.Articles;
using Portal.Web.Search;

namespace Portal.Web.Articles;

/// <summary>The filters and order of <c>GET /api/articles</c>.</summary>
public sealed class ArticleListRequest
{
    /// <summary>Words to find in headlines, bodies, captions, quotes and people.</summary>
    [MaxLength(SearchTerms.MaxQueryLength)]
    public string? Q { get; init; }

    /// <summary>A tag's slug.</summary>
    [MaxLength(ArticleTag.MaxLength)]
    public string? Tag { get; init; }

    /// <summary>A section's slug.</summary>
    [MaxLength(Article.SectionMaxLength)]
    public string? Section { get; init; }

    /// <summary>The slug of a person the articles mention.</summary>
    [MaxLength(Data.People.Person.SlugMaxLength)]
    public string? Person { get; init; }

    /// <summary>Published at or after this time (ISO 8601).</summary>
    public DateTime? From { get; init; }

    /// <summary>Published at or before this time (ISO 8601).</summary>
    public DateTime? To { get; init; }

    /// <summary>Draft, Scheduled or Published: editors only (bearer token); without it, what readers see.</summary>
    public ArticleStatus? Status { get; init; }

    /// <summary><c>-published</c> (newest first, the default), <c>published</c> (oldest first) or <c>relevance</c> (with <c>q</c>).</summary>
    [RegularExpression("^(-?published|relevance)$", ErrorMessage = "sort is published, -published or relevance.")]
    public string? Sort { get; init; }

    public ArticleOrder Order => Sort switch
    {
        "published" => ArticleOrder.Oldest,
        "relevance" => ArticleOrder.Relevance,
        _ => ArticleOrder.Newest,
    };
}
