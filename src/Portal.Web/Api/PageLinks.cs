using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Portal.Web.Articles;
using Portal.Web.Shared;

namespace Portal.Web.Api;

public static class PageLinks
{
    /// <summary>
    /// RFC 8288 Link header for a page of a list: first, prev, next and last, each the request's own URL
    /// with only the page number changed.
    /// </summary>
    public static PageOf<T> WithPageLinks<T>(this ControllerBase controller, PageOf<T> page)
    {
        var request = controller.Request;
        var query = request.Query.Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        string Link(int number, string rel) =>
            $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, query.Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture))))}>; rel=\"{rel}\"";
        var last = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        var links = new List<string> { Link(1, "first") };
        if (page.Page > 1)
        {
            links.Add(Link(Math.Min(page.Page - 1, last), "prev"));
        }
        if (page.HasNext)
        {
            links.Add(Link(page.Page + 1, "next"));
        }
        links.Add(Link(last, "last"));
        controller.Response.Headers.Link = new StringValues(string.Join(", ", links));
        return page;
    }
}
