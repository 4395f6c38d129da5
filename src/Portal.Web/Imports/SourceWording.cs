namespace Portal.Web.Imports;

/// <summary>How a cue's subject becomes a source worth storing: an organisation's name, or an unnamed source's description.</summary>
internal static class SourceWording
{
    /// <summary>
    /// "the Foreign Ministry" → "Foreign Ministry", "CPAC" → "CPAC": a body the copy names. Null for a common noun
    /// ("the police", "the letter", "Police" opening a sentence), which describes a source rather than naming one.
    /// </summary>
    public static string? OrganisationName(IReadOnlyList<Token> tokens, Subject subject)
    {
        var start = subject.Start;
        if (tokens[start].Is("the"))
        {
            start++;
        }
        // The name ends at its last capitalised word: "the NASS letter" is NASS's, "the WHO's website" the WHO's,
        // and "The Pentagon Wednesday confirmed" is the Pentagon's.
        var named = false;
        var end = start;
        for (var i = start; i < subject.End && !Lexicon.Weekdays.Contains(tokens[i].Text); i++)
        {
            var token = tokens[i];
            var isCommonWord = Lexicon.OrganisationNouns.Contains(token.Bare) || Lexicon.FunctionWords.Contains(token.Text);
            if (token.IsCapitalised && !(i == 0 && isCommonWord))
            {
                named = true;
                end = i + 1;
            }
        }
        if (!named)
        {
            return null;
        }
        var name = Names.Text(tokens, start, end);
        return name.Length <= Data.Organisations.Organisation.NameMaxLength ? name : null;
    }

    /// <summary>"A senior U.S. official" → "a senior U.S. official": the subject as it would read mid-sentence.</summary>
    public static string Description(IReadOnlyList<Token> tokens, Subject subject)
    {
        var text = Names.Text(tokens, subject.Start, subject.End);
        var first = tokens[subject.Start];
        if (first.IsCapitalised && (first.Is("the") || Lexicon.UnnamedDeterminers.Contains(first.Text)))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }
        return text.Length <= Data.Quotes.Quote.UnnamedSourceMaxLength ? text : text[..Data.Quotes.Quote.UnnamedSourceMaxLength].TrimEnd();
    }
}
