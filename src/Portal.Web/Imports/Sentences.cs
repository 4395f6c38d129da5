namespace Portal.Web.Imports;

/// <summary>
/// Splits a paragraph into sentences without being fooled by abbreviations ("U.S.", "Mr."), initials,
/// or full stops inside quotations.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
        "cmdr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "rev", "hon", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "supt", "det", "insp",
        "cpl", "pvt", "atty", "dept", "univ", "ave", "blvd", "messrs", "mme", "approx", "fig", "gens", "sens", "reps",
    };

    /// <summary>True for a word that a full stop abbreviates without ending the sentence ("Sen", "Jan").</summary>
    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    /// <summary>Sentence ranges as [start, end) over the paragraph.</summary>
    public static List<Range> Split(string paragraph, string masked, IReadOnlyList<QuotedSpan> spans)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (EndsSentence(paragraph, masked, spans, i) && StartsSentence(paragraph, masked, i + 1))
            {
                sentences.Add(start..(i + 1));
                start = i + 1;
            }
        }
        if (start < paragraph.Length)
        {
            sentences.Add(start..paragraph.Length);
        }
        return sentences;
    }

    private static bool EndsSentence(string paragraph, string masked, IReadOnlyList<QuotedSpan> spans, int i)
    {
        var c = masked[i];
        if (c is '!' or '?')
        {
            return true;
        }
        if (c == '.')
        {
            return !IsAbbreviation(paragraph, i);
        }
        // A quotation that itself ends a sentence: ... the letter." Then ...
        if (c == QuotedSpans.Mask && paragraph[i] is '"' or '”')
        {
            foreach (var span in spans)
            {
                if (span.Close == i)
                {
                    var words = span.TextOf(paragraph).TrimEnd();
                    return words.Length > 0 && (words[^1] == '.' || (words[^1] is '!' or '?' && !AttributionFollows(paragraph, i + 1)));
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "…do that?" Frederick wonders. / "…now!" she shouted.: after a question or an exclamation, a reporting verb
    /// within the next few words (after a name or a pronoun, or first) attributes it in the same sentence.
    /// </summary>
    private static bool AttributionFollows(string paragraph, int from)
    {
        var words = paragraph[from..Math.Min(paragraph.Length, from + 80)]
            .Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(5).Select(w => w.TrimEnd('.', ',', ';', ':')).ToList();
        var verb = words.FindIndex(w => Lexicon.ReportingVerbs.Contains(w) && char.IsLower(w[0]));
        return verb == 0 || (verb > 0 && words.Take(verb).All(w => w.Length > 0 && char.IsUpper(w[0]))
            || (verb == 1 && (Lexicon.MalePronouns.Contains(words[0]) || Lexicon.FemalePronouns.Contains(words[0]) || Lexicon.PluralPronouns.Contains(words[0]))));
    }

    private static bool StartsSentence(string paragraph, string masked, int from)
    {
        var i = from;
        if (i >= paragraph.Length || !char.IsWhiteSpace(paragraph[i]))
        {
            return false;
        }
        while (i < paragraph.Length && char.IsWhiteSpace(paragraph[i]))
        {
            i++;
        }
        return i < paragraph.Length && (char.IsUpper(paragraph[i]) || char.IsDigit(paragraph[i]) || masked[i] == QuotedSpans.Mask);
    }

    private static bool IsAbbreviation(string paragraph, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(paragraph[start - 1]) || paragraph[start - 1] == '.'))
        {
            start--;
        }
        var word = paragraph[start..dot];
        // Initials and initialisms: "J.", "U.S.", "a.m."
        return word.Length == 1 && char.IsUpper(word[0])
            || (word.Contains('.') && word.Split('.').All(part => part.Length <= 1))
            || Abbreviations.Contains(word);
    }
}
