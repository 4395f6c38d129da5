using Microsoft.AspNetCore.Html;
using Portal.Web.Articles;

namespace Portal.Web.Shared;

/// <summary>Who made what the reader sees, in words: the photo's credit chain and the story's byline.</summary>
public static class CreditMarkup
{
    /// <summary>
    /// "Photo: KCNA via UPI and Kyodo": the first agency of the chain made the photo, the others passed it on. Each agency
    /// is linked to the photos it supplied.
    /// </summary>
    public static IHtmlContent PhotoCredit(IReadOnlyList<AgencyItem> credit)
    {
        var html = new HtmlContentBuilder();
        html.Append("Photo: ");
        if (credit.Count == 0)
        {
            return html;
        }
        AppendAgency(html, credit[0]);
        if (credit.Count > 1)
        {
            html.Append(" via ");
            AppendList(html, credit.Skip(1).ToList(), AppendAgency);
        }
        return html;
    }

    /// <summary>"By Jane Smith and Kyodo News", each agency or organisation Portal knows linked to its page.</summary>
    public static IHtmlContent Byline(IReadOnlyList<BylineItem> byline)
    {
        var html = new HtmlContentBuilder();
        html.Append("By ");
        AppendList(html, byline, (builder, name) =>
        {
            if (name.Url is null)
            {
                builder.Append(name.Name);
            }
            else
            {
                builder.AppendHtml($"<a href=\"{name.Url}\">").Append(name.Name).AppendHtml("</a>");
            }
        });
        return html;
    }

    private static void AppendAgency(HtmlContentBuilder html, AgencyItem agency) =>
        html.AppendHtml($"<a href=\"/credits/{Uri.EscapeDataString(agency.Slug)}\">").Append(agency.Name).AppendHtml("</a>");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    private static void AppendList<T>(HtmlContentBuilder html, IReadOnlyList<T> items, Action<HtmlContentBuilder, T> append)
    {
        for (var i = 0; i < items.Count; i++)
        {
            html.Append(i == 0 ? "" : i == items.Count - 1 ? " and " : ", ");
            append(html, items[i]);
        }
    }
}
