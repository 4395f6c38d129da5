using System.Text.RegularExpressions;

namespace Portal.Web.Imports;

/// <summary>
/// Finds people the copy introduces with a title, the way wire style does on first reference:
/// a title before the name ("U.S. Secretary of State Mike Pompeo", "North Korean leader Kim Jong Un") or
/// an appositive after it ("Kim Yong Chol, a vice chairman of the Central Committee, ...").
/// </summary>
internal static partial class PeopleFinder
{
    private const string Name = @"(?<name>[A-Z][\p{Ll}\p{M}'’-]+(?:\s+[A-Z][\p{Ll}\p{M}'’-]+){1,3})";

    private const string CapitalisedTitles =
        "Vice President|President|Secretary of State|Secretary-General|Secretary General|Secretary|Prime Minister|" +
        "Foreign Minister|Defense Minister|Defence Minister|Minister|Chancellor|Vice Chairman|Chairman|Chairwoman|" +
        "Senator|Sen\\.|Representative|Rep\\.|Governor|Gov\\.|Mayor|General|Gen\\.|Admiral|Adm\\.|King|Queen|" +
        "Crown Prince|Prince|Princess|Pope|Ambassador|Director|CEO|Judge|Justice|Commissioner|Premier|Speaker|" +
        "Professor|Prof\\.|Coach|Cardinal|Archbishop|Bishop|Sheikh|Emir|Sultan|Envoy|Spokesman|Spokeswoman|" +
        "Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Lt\\.|Col\\.|Capt\\.|Sgt\\.";

    /// <summary>Role words that may introduce a name in lower case ("the country's leader Kim Jong Un").</summary>
    private const string RoleWords =
        "leader|spokesman|spokeswoman|spokesperson|minister|president|chairman|chairwoman|director|chief|envoy|" +
        "ambassador|coach|lawyer|attorney|official|diplomat|executive|secretary|adviser|advisor|analyst|founder|" +
        "economist|professor|senator|governor|mayor|commander|negotiator|member|head|manager|captain|researcher";

    public static void Find(string paragraph, IReadOnlyList<QuotedSpan> spans, PeopleRegistry people)
    {
        foreach (Match match in TitleThenName().Matches(paragraph))
        {
            var title = LeadingArticle().Replace(match.Groups["title"].Value, "");
            var name = match.Groups["name"].Value;
            if (!LooksLikePersonName(name))
            {
                continue;
            }
            var person = people.Introduce(name, title, InsideQuote(match.Index, spans));
            if (char.IsUpper(title[0]))
            {
                people.AddAlias(person, $"{title} {name}");
            }
        }
        foreach (Match match in NameThenAppositive().Matches(paragraph))
        {
            var title = match.Groups["title"].Value.Trim();
            if (Role().IsMatch(title) && !RelativeClause().IsMatch(title) && LooksLikePersonName(match.Groups["name"].Value))
            {
                people.Introduce(match.Groups["name"].Value, title, InsideQuote(match.Index, spans));
            }
        }
    }

    /// <summary>Whether a name the patterns matched is a person's, by <see cref="Names.IsPersonName"/>.</summary>
    private static bool LooksLikePersonName(string name)
    {
        var tokens = Tokens.Read(name, []);
        return Names.IsPersonName(tokens, 0, tokens.Count);
    }

    private static bool InsideQuote(int index, IReadOnlyList<QuotedSpan> spans) =>
        spans.Any(s => index > s.Open && index < s.Close);

    [GeneratedRegex(@"(?<title>\b(?:(?:[A-Z][\p{L}.'’-]*|of|the|for|" + RoleWords + @")\s+)*?(?:" + CapitalisedTitles + "|" + RoleWords + @"))\s+" + Name + @"(?![\p{L}])")]
    private static partial Regex TitleThenName();

    [GeneratedRegex(Name + @",\s+(?:(?:a|an|the)\s+)?(?<title>[^,;()""“”]{2,150}?)(?=,|;|\.(?:\s|$)|$)")]
    private static partial Regex NameThenAppositive();

    [GeneratedRegex(@"\b(?:" + RoleWords + "|" + CapitalisedTitles + @")s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"^(?:who|which|whose|where|when|whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}
