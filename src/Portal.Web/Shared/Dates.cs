using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace Portal.Web.Shared;

/// <summary>Times as Portal shows them: UTC, to the second, in a form both people and machines read.</summary>
public static class Dates
{
    public const string Day = "d MMMM yyyy";
    public const string DayAndTime = "d MMMM yyyy, HH:mm 'UTC'";
    /// <summary>The masthead's: "Monday 7 December 2026".</summary>
    public const string Weekday = "dddd d MMMM yyyy";

    /// <summary>ISO 8601 in UTC to the second: "2018-05-31T16:00:00Z".</summary>
    public static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A &lt;time&gt; element with the machine-readable time and the reader's text.</summary>
    public static IHtmlContent Time(DateTime utc, string format = Day) => new HtmlContentBuilder()
        .AppendHtml($"<time datetime=\"{Iso(utc)}\">")
        .Append(Text(utc, format))
        .AppendHtml("</time>");

    /// <summary>The reader's text of a time, where no markup can go (a picture): "7 December 2026".</summary>
    public static string Text(DateTime utc, string format = Day) => utc.ToString(format, CultureInfo.InvariantCulture);
}
