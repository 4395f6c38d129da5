using Microsoft.AspNetCore.Html;
using Portal.Data.Credits;
using Portal.Web.Articles;

namespace Portal.Web.Shared;

public static class CreditMarkup
{
    /// <summary>"Photo: KCNA / UPI / Kyodo", each agency linked to the photos it supplied.</summary>
    public static IHtmlContent PhotoCredit(IReadOnlyList<AgencyItem> credit)
    {
        var html = new HtmlContentBuilder().Append("Photo: ");
        for (var i = 0; i < credit.Count; i++)
        {
            html.Append(i > 0 ? CreditChain.ReaderSeparator : "")
                .AppendHtml($"<a href=\"/credits/{Uri.EscapeDataString(credit[i].Slug)}\">")
                .Append(credit[i].Name)
                .AppendHtml("</a>");
        }
        return html;
    }
}
