namespace Portal.Web.Shared;

/// <summary>
/// Links to the pages either side in a paged list; <see cref="Url"/> is the list's address without a page.
/// News lists say "Newer" and "Older"; lists in another order name their own direction.
/// </summary>
public sealed record Pager(int Page, bool HasNext, string Url, string Previous = "Newer", string Next = "Older")
{
    public string LinkTo(int page) => page == 1 ? Url : $"{Url}{(Url.Contains('?') ? '&' : '?')}page={page}";
}
