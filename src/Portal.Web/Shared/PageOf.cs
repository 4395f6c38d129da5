namespace Portal.Web.Shared;

/// <summary>One page of a longer list, with what a pager needs.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public bool HasNext => Page * PageSize < Total;
}

public static class Paging
{
    /// <summary>
    /// The rows of one page. The offset is computed here, not inside the query: EF Core compiles a delegate
    /// on every execution to evaluate an arithmetic expression it finds in the tree.
    /// </summary>
    public static IQueryable<T> PageAt<T>(this IQueryable<T> query, int page, int pageSize)
    {
        var offset = (page - 1) * pageSize;
        return query.Skip(offset).Take(pageSize);
    }
}
