namespace Portal.Web.Imports;

/// <summary>Where a run of tokens is a person's name: capitalised words that are not titles, bodies or places.</summary>
internal static partial class Names
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z]\.){2,3}$")]
    private static partial System.Text.RegularExpressions.Regex DottedInitials();

    /// <summary>A word that can be part of a person's name: "Pompeo", "J.", "Furchtgott-Roth", "JD".</summary>
    public static bool IsNameWord(Token token) => IsNameWord(token, continuing: false);

    /// <summary>
    /// A word that can be part of a name; a place's name only after a given name has started one
    /// ("Denzel Washington", "Jack London"), and lower-case particles joined to a name ("el-Sisi", "al-Assad").
    /// </summary>
    public static bool IsNameWord(Token token, bool continuing)
    {
        if (token.IsWord && token.Text.Length > 3 && token.Text[2] == '-' && token.Text[..2] is "al" or "el" && char.IsUpper(token.Text[3]))
        {
            return true;
        }
        if (!token.IsCapitalised)
        {
            return false;
        }
        var bare = token.Bare;
        if (continuing && Lexicon.Places.Contains(bare) && !Lexicon.FunctionWords.Contains(bare) && bare.Any(char.IsLower))
        {
            return true;
        }
        if (token.Text.EndsWith("s'", StringComparison.Ordinal) || token.Text.EndsWith("s’", StringComparison.Ordinal))
        {
            return false; // a plural possessive: "Fishmongers' Hall"
        }
        if (bare.Length == 0 || Lexicon.Initialisms.Contains(bare) || Lexicon.PostNominals.Contains(bare) || Lexicon.FunctionWords.Contains(bare) || Lexicon.Titles.Contains(token.Text) || Lexicon.Titles.Contains(bare)
            || Lexicon.InstitutionWords.Contains(bare) || Lexicon.Places.Contains(bare) || Lexicon.ReportingVerbs.Contains(bare)
            || Lexicon.RoleNouns.Contains(bare) || char.IsDigit(bare[0]))
        {
            return false;
        }
        // "Journalist-turned-politician" and "Co-developer" are descriptions; "Furchtgott-Roth", "Jean-Claude" and "Man-kei" are names.
        var parts = bare.Split('-');
        if (parts.Length > 1 && (Lexicon.RoleNouns.Contains(parts[0]) || Lexicon.Titles.Contains(parts[0]) || parts[0] == "Co"
            || parts.Skip(1).Count(part => part.Length > 0 && char.IsLower(part[0])) > 1))
        {
            return false;
        }
        // "J.", and "J.B." or "J.R.R." run together.
        var isInitial = (bare.Length <= 2 && bare.TrimEnd('.').Length == 1) || DottedInitials().IsMatch(bare);
        var isAllCaps = bare.Length > 2 && bare.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return isInitial || !isAllCaps;
    }

    /// <summary>
    /// The runs of name words in tokens[from..to): each a candidate person's name, particles ("bin", "de") and
    /// initials kept inside. A possessive ends its run.
    /// </summary>
    public static List<(int Start, int End)> Runs(IReadOnlyList<Token> tokens, int from, int to)
    {
        var runs = new List<(int, int)>();
        var i = from;
        while (i < to)
        {
            if (!IsNameWord(tokens[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var end = i + 1;
            while (end < to && !tokens[end - 1].IsPossessive)
            {
                if (IsNameWord(tokens[end], continuing: true) || IsTitleAsSurname(tokens, end, to))
                {
                    end++;
                }
                else if (end + 1 < to && (Lexicon.Particles.Contains(tokens[end].Text) || tokens[end].Kind == TokenKind.Nickname)
                    && IsNameWord(tokens[end + 1], continuing: tokens[end].Kind == TokenKind.Nickname))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }
            runs.Add((GivenNameStart(tokens, start, end), end));
            i = end;
        }
        return runs;
    }

    /// <summary>
    /// "Ellen Lord", "Aaron Bishop": a title's word right after a known given name, ending the name, is the surname;
    /// one followed by a name ("Ana Mayor Ruiz") is not.
    /// </summary>
    private static bool IsTitleAsSurname(IReadOnlyList<Token> tokens, int at, int to) =>
        tokens[at].IsCapitalised && Lexicon.Titles.Contains(tokens[at].Bare) && tokens[at].Bare.All(char.IsLetter)
        && GenderOfGivenName(tokens[at - 1].Bare) != Gender.Unknown && (at + 1 >= to || !IsNameWord(tokens[at + 1]));

    /// <summary>
    /// "Harbour Master Ines Okafor": in a run of three words or more, a known given name after words that are not
    /// one starts the name; the capitalised words before it are a title the lexicon does not know.
    /// </summary>
    private static int GivenNameStart(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; end - start >= 3 && k < end - 1; k++)
        {
            if (GenderOfGivenName(tokens[k].Bare) != Gender.Unknown)
            {
                return k;
            }
            if (tokens[k].Bare.TrimEnd('.').Length <= 1)
            {
                break; // an initial belongs to the name: "J. Edgar Hoover"
            }
        }
        return start;
    }

    /// <summary>
    /// A run of name words (in tokens from <paramref name="from"/> on) that is a person's rather than a body's ("America
    /// First Works"): after a title, or after a body's abbreviation in brackets ("(ACOG) Camille A. Clare"), or starting
    /// with a known given name.
    /// </summary>
    public static bool IsPersonRun(IReadOnlyList<Token> tokens, int from, (int Start, int End) run) =>
        (run.Start > from && (Lexicon.Titles.Contains(tokens[run.Start - 1].Text) || tokens[run.Start - 1].Is(")")))
        || GenderOfGivenName(tokens[run.Start].Bare) != Gender.Unknown;

    /// <summary>
    /// False for runs of capitals that name places and bodies: "North Korea", "Central Committee". Tokens [start, end)
    /// are all name words (a place only after a given name is not), particles or a nickname.
    /// </summary>
    public static bool IsPersonName(IReadOnlyList<Token> tokens, int start, int end) =>
        end > start && Enumerable.Range(start, end - start)
            .All(i => IsNameWord(tokens[i]) || Lexicon.Particles.Contains(tokens[i].Text) || tokens[i].Kind == TokenKind.Nickname);

    public static string Text(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Where(i => tokens[i].Kind != TokenKind.Nickname)
            .Select(i => i == end - 1 ? tokens[i].Bare : tokens[i].Text));

    /// <summary>What the text itself says of a person's sex at a mention: "Ms. Lake", "spokeswoman Ana Ruiz".</summary>
    public static Gender GenderBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - 3); i--)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                break;
            }
            if (Lexicon.FemaleNouns.Contains(tokens[i].Text))
            {
                return Gender.Female;
            }
            if (Lexicon.MaleNouns.Contains(tokens[i].Text))
            {
                return Gender.Male;
            }
        }
        return Gender.Unknown;
    }

    public static Gender GenderOfGivenName(string name)
    {
        var first = name.Split(' ')[0];
        return GivenNames.Female.Contains(first) ? Gender.Female : GivenNames.Male.Contains(first) ? Gender.Male : Gender.Unknown;
    }
}

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
