using System.Text.RegularExpressions;

namespace Portal.Web.Imports;

/// <summary>How a sentence names who is speaking: "he said", "Pompeo said", "said Pompeo", "the top U.S. diplomat said".</summary>
internal enum SpeakerForm
{
    Pronoun,
    Plural,
    Name,
    Description,
}

internal sealed record SpeechClause(int Position, SpeakerForm Form, string Reference);

/// <summary>
/// Reads attributions out of one sentence whose quotations are masked, so that words inside quotes are
/// never taken for the speaker.
/// </summary>
internal static partial class SpeechClauses
{
    private const string Verbs =
        @"said|says|say|told|tells|added|adds|stated|noted|notes|explained|explains|warned|warns|urged|urges|" +
        @"insisted|insists|asserted|declared|declares|announced|announces|wrote|writes|argued|argues|claimed|" +
        @"claims|stressed|stresses|recalled|replied|responded|acknowledged|admitted|pledged|vowed|predicted|" +
        @"asked|called\s+for|calls\s+for|according\s+to";

    private const string Capitalised = @"[A-Z][\p{L}\p{M}.'’-]*";
    private const string NameRun = Capitalised + @"(?:\s+(?:(?:of|the)\s+)*" + Capitalised + "){0,6}";
    private const string Description = @"[Tt]he\s+(?:[\p{L}\d.'’-]+\s+){0,5}?[\p{L}\d'’-]+";

    public static List<SpeechClause> Find(string maskedSentence)
    {
        var clauses = new List<SpeechClause>();
        foreach (Match verb in Verb().Matches(maskedSentence))
        {
            var before = Adverbs().Replace(maskedSentence[..verb.Index], "");
            var clause = SubjectBefore(before, verb.Index);
            if (clause is null && InvertedAttribution().IsMatch(before))
            {
                clause = SubjectAfter(maskedSentence[(verb.Index + verb.Length)..], verb.Index);
            }
            if (clause is not null)
            {
                clauses.Add(clause);
            }
        }
        return clauses;
    }

    /// <summary>True when what precedes a quotation introduces it as a whole ("Pompeo said: ").</summary>
    public static bool IntroducesFullQuote(string maskedPrefix) =>
        maskedPrefix.Length == 0 || maskedPrefix.EndsWith(':') || VerbAtEnd().IsMatch(maskedPrefix);

    private static SpeechClause? SubjectBefore(string before, int position)
    {
        if (PronounAtEnd().Match(before) is { Success: true } pronoun)
        {
            return FromPronoun(pronoun.Groups["p"].Value, position);
        }
        if (NameAtEnd().Match(before) is { Success: true } name)
        {
            return new(position, SpeakerForm.Name, name.Groups["n"].Value);
        }
        if (DescriptionAtEnd().Match(before) is { Success: true } description)
        {
            return new(position, SpeakerForm.Description, description.Groups["d"].Value);
        }
        return null;
    }

    private static SpeechClause? SubjectAfter(string after, int position)
    {
        if (PronounAtStart().Match(after) is { Success: true } pronoun)
        {
            return FromPronoun(pronoun.Groups["p"].Value, position);
        }
        if (DescriptionAtStart().Match(after) is { Success: true } description)
        {
            return new(position, SpeakerForm.Description, description.Groups["d"].Value);
        }
        if (NameAtStart().Match(after) is { Success: true } name)
        {
            return new(position, SpeakerForm.Name, name.Groups["n"].Value);
        }
        return null;
    }

    private static SpeechClause FromPronoun(string pronoun, int position) =>
        new(position, pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) ? SpeakerForm.Plural : SpeakerForm.Pronoun, pronoun);

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?:\s+(?:also|later|then|again|previously|earlier|further|separately|once|had|has|have|would|will|repeatedly|often|recently|subsequently))*\s*$")]
    private static partial Regex Adverbs();

    [GeneratedRegex(@"(?:^|[\s,;:#])(?<p>[Hh]e|[Ss]he|[Tt]hey)$")]
    private static partial Regex PronounAtEnd();

    [GeneratedRegex(@"(?:^|[\s,;:#(])(?<n>" + NameRun + ")$")]
    private static partial Regex NameAtEnd();

    [GeneratedRegex(@"(?:^|[\s,;:#])(?<d>" + Description + ")$")]
    private static partial Regex DescriptionAtEnd();

    // "…," said Pompeo — the speaker follows the verb only right after a quotation or a comma.
    [GeneratedRegex(@"(?:^|[#,:])\s*$")]
    private static partial Regex InvertedAttribution();

    [GeneratedRegex(@"^\s+(?<p>he|she|they)\b")]
    private static partial Regex PronounAtStart();

    [GeneratedRegex(@"^\s+(?<n>" + NameRun + ")")]
    private static partial Regex NameAtStart();

    [GeneratedRegex(@"^\s+(?<d>the\s+(?:[\p{L}\d.'’-]+\s+){0,5}?[\p{L}\d'’-]+)(?=\s*(?:[,.;:]|$))")]
    private static partial Regex DescriptionAtStart();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\s*[,:]?$")]
    private static partial Regex VerbAtEnd();
}
