using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Api;

/// <summary>The paging every API list takes: <c>page</c> from 1, <c>pageSize</c> from 1 to 100.</summary>
public sealed class PageRequest
{
    public const int MaxPageSize = 100;

    /// <summary>1-based page number.</summary>
    [Range(1, 100_000)]
    public int Page { get; init; } = 1;

    /// <summary>Items per page, 1 to 100.</summary>
    [Range(1, MaxPageSize)]
    public int PageSize { get; init; } = 20;
}
