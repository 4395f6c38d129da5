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
}
