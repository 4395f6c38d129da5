using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The named fields of a form as a browser would submit them, without the antiforgery token.</summary>
    public static Dictionary<string, string> FormFields(this IDocument page, string form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in page.QuerySelector(form)!.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || (element.GetAttribute("type") is "checkbox" or "file" && !element.HasAttribute("checked")))
            {
                continue;
            }
            fields[name] = element switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
        }
        return fields;
    }
}
