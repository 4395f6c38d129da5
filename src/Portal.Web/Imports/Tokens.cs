namespace Portal.Web.Imports;

internal enum TokenKind
{
    Word,
    Punctuation,
    /// <summary>A whole quoted span, marks included: what is inside is never read as attribution.</summary>
    Quote,
    /// <summary>A quoted nickname inside a name, as in Bruce A. “Orville” Wright: a quotation, but the name runs on over it.</summary>
    Nickname,
}

/// <summary>One word, mark or quoted span of a paragraph, with where it stands in the paragraph's text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word, or a nickname a name runs on over: a noun phrase may hold either.</summary>
    public bool IsWordOrNickname => Kind is TokenKind.Word or TokenKind.Nickname;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>The word without a possessive ending: "Pompeo's" is "Pompeo".</summary>
    public string Bare => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal)
        ? Text[..^2]
        : Text.TrimEnd('\'', '’');

    public bool IsPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal);

    public bool Is(string text) => Kind != TokenKind.Quote && Text.Equals(text, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits a paragraph into tokens in one pass, each quoted span one token.</summary>
internal static class Tokens
{
    public static List<Token> Read(string masked, IReadOnlyList<QuotedSpan> spans)
    {
        var tokens = new List<Token>();
        var i = 0;
        var nextSpan = 0;
        while (i < masked.Length)
        {
            var c = masked[i];
            if (nextSpan < spans.Count && i == spans[nextSpan].Open)
            {
                var end = Math.Min(spans[nextSpan].Close + 1, masked.Length);
                tokens.Add(new(TokenKind.Quote, i, end, ""));
                i = end;
                nextSpan++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < masked.Length && (char.IsLetterOrDigit(masked[i]) || char.GetUnicodeCategory(masked[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                    || (masked[i] is '\'' or '’' or '-' or '.' or '&' && i + 1 < masked.Length && char.IsLetterOrDigit(masked[i + 1]))
                    || (masked[i] == '.' && IsDottedWord(masked, start, i))
                    || (masked[i] is '\'' or '’' && i > start && masked[i - 1] == 's')))
                {
                    i++;
                }
                tokens.Add(new(TokenKind.Word, start, i, masked[start..i]));
            }
            else
            {
                tokens.Add(new(TokenKind.Punctuation, i, i + 1, masked[i].ToString()));
                i++;
            }
        }
        return tokens;
    }

    /// <summary>
    /// Marks quoted spans that stand between two words of a name and hold one or two capitalised words, as
    /// nicknames: Bruce A. “Orville” Wright, Earvin "Magic" Johnson.
    /// </summary>
    public static void MarkNicknames(List<Token> tokens, string text)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote || !Names.IsNameWord(tokens[i - 1]) || !Names.IsNameWord(tokens[i + 1], continuing: true)
                || tokens[i].End - tokens[i].Start < 3)
            {
                continue;
            }
            var words = text[(tokens[i].Start + 1)..(tokens[i].End - 1)].Split(' ');
            if (words.Length <= 2 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')))
            {
                tokens[i] = tokens[i] with { Kind = TokenKind.Nickname };
            }
        }
    }

    /// <summary>A full stop that belongs to its word: initials ("J.", "U.S.") and abbreviations ("Sen.", "Jan.").</summary>
    private static bool IsDottedWord(string text, int start, int dot)
    {
        var word = text[start..dot];
        return word.Length == 1 && char.IsUpper(word[0])
            || (word.Contains('.') && word.Split('.').All(part => part.Length <= 1))
            || Sentences.IsAbbreviation(word);
    }
}
