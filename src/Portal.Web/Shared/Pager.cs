namespace Portal.Web.Shared;

/// <summary>Newer/older links for a paged list; <see cref="Url"/> is the list's address without a page.</summary>
public sealed record Pager(int Page, bool HasNext, string Url)
{
    public string LinkTo(int page) => page == 1 ? Url : $"{Url}{(Url.Contains('?') ? '&' : '?')}page={page}";
}
