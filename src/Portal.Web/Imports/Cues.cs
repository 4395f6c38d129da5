namespace Portal.Web.Imports;

/// <summary>What stands in the subject's place of a reporting verb.</summary>
internal enum SubjectKind
{
    /// <summary>A name: "Pompeo", "U.S. Attorney Ismail J. Ramsey".</summary>
    Name,
    /// <summary>"he" or "she".</summary>
    Pronoun,
    /// <summary>"they", "we": several people, never one speaker.</summary>
    Plural,
    /// <summary>A role that the story ties to one person: "the mayor", "the top U.S. diplomat".</summary>
    Description,
    /// <summary>Somebody the copy does not name: "a witness", "officials", "one MP".</summary>
    Unnamed,
    /// <summary>"was described": a passive, whose speaker the sentence may not name at all.</summary>
    Passive,
    /// <summary>A body or a document: "the police", "the Foreign Ministry", "the letter", "CPAC".</summary>
    Organisation,
    /// <summary>An -ing form ("saying"): its speaker is the subject of the clause it hangs from.</summary>
    Participle,
    /// <summary>"appear to say", "purports to show": words shown as someone's (a fake, a dubbed video), not said by them.</summary>
    Seeming,
}

/// <summary>
/// The subject of a reporting verb, as tokens [Start, End) of its sentence; for a name, the title written
/// right before it ("President" in "President Erdogan said").
/// </summary>
internal sealed record Subject(SubjectKind Kind, string Text, int Start, int End, string? Title = null);

/// <summary>A reporting verb in a sentence, with its subject; <see cref="Inverted"/> when the subject follows ("said Pompeo").</summary>
internal sealed record Cue(int Verb, string VerbText, Subject Subject, bool Inverted)
{
    public int Position => Inverted ? Subject.End : Verb;
}

/// <summary>
/// Reads the attribution cues of one sentence whose quotations are single tokens: reporting verbs (said, told,
/// tweeted, according to …) and the noun phrase that is their subject, before the verb or, inverted, after it.
/// </summary>
internal static class Cues
{
    private const int MaxPhrase = 12;
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "been", "being", "be" };
    private static readonly HashSet<string> PhrasePrepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "at", "from" };
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "officials", "sources", "witnesses", "eyewitnesses", "residents", "protesters", "protestors", "reports",
        "experts", "analysts", "observers", "critics", "supporters", "opponents", "others", "organizers", "organisers",
        "investigators", "authorities", "prosecutors", "lawmakers", "members", "leaders", "democrats", "republicans",
        "doctors", "scientists", "researchers", "students", "parents", "neighbours", "neighbors", "fans", "users", "staff",
    };

    public static List<Cue> Find(IReadOnlyList<Token> tokens)
    {
        var cues = new List<Cue>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsDashAfterOpeningQuote(tokens, i) && PhraseAfter(tokens, i + 1) is { Kind: SubjectKind.Name } signed)
            {
                // ""…" — Nathanial Lattimer, security engineer": a quotation signed with a dash, as pull quotes and
                // testimonials are.
                cues.Add(new(i, token.Text, signed, Inverted: true));
                continue;
            }
            if (!token.IsWord)
            {
                continue;
            }
            if (token.Is("according") && i + 1 < tokens.Count && tokens[i + 1].Is("to"))
            {
                if (PhraseAfter(tokens, i + 2) is { } source)
                {
                    cues.Add(new(i, "according to", CoordinatedAsPlural(tokens, source), Inverted: true));
                }
                i++;
                continue;
            }
            // A capitalised "States" or "Calls" is a name's or a headline's, not a verb; only a sentence may open with one.
            if (!Lexicon.ReportingVerbs.Contains(token.Text) || (token.IsCapitalised && i > 0))
            {
                continue;
            }
            var afterQuote = i > 0 && (tokens[i - 1].Kind == TokenKind.Quote
                || (tokens[i - 1].Is(",") && i > 1 && tokens[i - 2].Kind == TokenKind.Quote));
            if (Lexicon.IsParticiple(token.Text))
            {
                // "with Zinichev describing …" names its own subject; "…, saying …" takes the sentence's.
                var own = i > 0 && tokens[i - 1].IsWord ? PhraseBefore(tokens, i - 1) : null;
                cues.Add(new(i, token.Text, own is { Kind: SubjectKind.Name or SubjectKind.Pronoun } ? own : new(SubjectKind.Participle, token.Text, i, i),
                    Inverted: false));
            }
            else if (afterQuote && PhraseAfter(tokens, i + 1) is { } inverted)
            {
                var subject = ClauseEndName(tokens, i + 1) is { } named && named.End > inverted.End ? named : NameInNextChunks(tokens, inverted) ?? inverted;
                cues.Add(new(i, token.Text, CoordinatedAsPlural(tokens, subject), Inverted: true));
            }
            else
            {
                var before = SubjectBefore(tokens, i);
                // "Flying was a joy, said Bill Brockett, a retired pilot": without a name before it, the paraphrase's
                // speaker follows the verb.
                var after = before is not { Kind: SubjectKind.Name or SubjectKind.Pronoun } && i > 0 && tokens[i - 1].Is(",")
                    && PhraseAfter(tokens, i + 1) is { Kind: SubjectKind.Name or SubjectKind.Description } found ? found : null;
                if ((after ?? before) is { } subject)
                {
                    cues.Add(new(i, token.Text, CoordinatedAsPlural(tokens, subject), Inverted: after is not null));
                }
            }
        }
        return cues;
    }

    /// <summary>A dash right after a quotation that opens its sentence: the signature of a pull quote.</summary>
    private static bool IsDashAfterOpeningQuote(IReadOnlyList<Token> tokens, int i) =>
        i == 1 && tokens[0].Kind == TokenKind.Quote && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text is "—" or "–";

    /// <summary>
    /// A name joined to another by "and" is one of several speakers: "hosted by Bernard McGuirk and Sid Rosenberg, who
    /// both … tweeted", "said Mayor Ana Ruiz and Police Chief Tom Field".
    /// </summary>
    private static Subject CoordinatedAsPlural(IReadOnlyList<Token> tokens, Subject subject)
    {
        if (subject.Kind != SubjectKind.Name)
        {
            return subject;
        }
        if (subject.Start >= 2 && tokens[subject.Start - 1].Is("and") && Names.IsNameWord(tokens[subject.Start - 2]))
        {
            return subject with { Kind = SubjectKind.Plural, Text = $"… and {subject.Text}" };
        }
        return subject.End + 1 < tokens.Count && tokens[subject.End].Is("and") && tokens[subject.End + 1].IsCapitalised
            ? subject with { Kind = SubjectKind.Plural, Text = $"{subject.Text} and …" }
            : subject;
    }

    /// <summary>
    /// "said University of California, San Diego's chancellor, Pradeep Khosla": a body, a role or "one of" a group
    /// after the verb, then the person's name a comma or two later, before the sentence goes on.
    /// </summary>
    private static Subject? NameInNextChunks(IReadOnlyList<Token> tokens, Subject subject)
    {
        var at = subject.End;
        if (subject.Kind == SubjectKind.Unnamed && tokens[subject.Start].Is("one") && at < tokens.Count && tokens[at].Is("of"))
        {
            // "said one of the editorialists, William Shipley": the one is named right after the group.
            while (at < tokens.Count && at - subject.End < 6 && tokens[at].IsWord && !tokens[at].IsCapitalised)
            {
                at++;
            }
        }
        else if (subject.Kind is not (SubjectKind.Organisation or SubjectKind.Description))
        {
            return null;
        }
        for (var chunk = 0; chunk < 2 && at < tokens.Count && tokens[at].Is(","); chunk++)
        {
            var next = PhraseAfter(tokens, at + 1);
            if (next is null)
            {
                return null;
            }
            var endsClause = next.End >= tokens.Count || tokens[next.End].Kind == TokenKind.Punctuation;
            if (next.Kind == SubjectKind.Name && endsClause && Enumerable.Range(at + 1, next.Start - at - 1).All(t => Lexicon.Titles.Contains(tokens[t].Text)))
            {
                return next;
            }
            at = next.End;
        }
        return null;
    }

    /// <summary>
    /// "said Reproductive Freedom for All President and CEO Mini Timmaraju", "said President of the American College of
    /// Obstetricians and Gynecologists (ACOG) Camille A. Clare, MD": a title and a body's name run on to the person's
    /// name, which ends the clause. Only capitalised words and the little words of names of bodies may stand between.
    /// </summary>
    private static Subject? ClauseEndName(IReadOnlyList<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxTitleChain && !(tokens[end].Text is "," or "." or ";" or ":") && tokens[end].Kind != TokenKind.Quote)
        {
            if (!tokens[end].IsCapitalised && !ChainWords.Contains(tokens[end].Text))
            {
                return null; // a lower-case word: the sentence goes on, this is no title
            }
            end++;
        }
        var runs = Names.Runs(tokens, from, end);
        if (runs.Count == 0 || runs[^1].End != end || runs[^1].End - runs[^1].Start < 2)
        {
            return null;
        }
        var (start, _) = runs[^1];
        if (!Names.IsPersonRun(tokens, from, runs[^1]))
        {
            return null;
        }
        // "said Mayor Ana Ruiz and Police Chief Tom Field": two people's titles and names, no one speaker.
        if (runs.Take(runs.Count - 1).Any(run => run.End - run.Start >= 2 && Names.IsPersonRun(tokens, from, run))
            && Enumerable.Range(from, start - from).Any(t => tokens[t].Is("and")))
        {
            return new(SubjectKind.Plural, Names.Text(tokens, from, end), from, end);
        }
        var titled = start > from && Lexicon.Titles.Contains(tokens[start - 1].Text);
        return new(SubjectKind.Name, Names.Text(tokens, start, end), start, end, titled ? tokens[start - 1].Text : null);
    }

    private const int MaxTitleChain = 24;

    private static readonly HashSet<string> SeemingVerbs = Lexicon.Words("appear appears appeared appearing seem seems seemed purport purports purported");

    private static readonly HashSet<string> ChainWords = Lexicon.Words("of for the a an and & ( ) on in at to");

    /// <summary>Where the bracket that <paramref name="close"/> closes opens, within a few words; -1 when it does not.</summary>
    private static int OpeningBracket(IReadOnlyList<Token> tokens, int close)
    {
        for (var t = close - 1; t >= 0 && t >= close - MaxBracketed; t--)
        {
            if (tokens[t].Is("("))
            {
                return t;
            }
            if (tokens[t].Is(")") || tokens[t].Kind == TokenKind.Quote)
            {
                return -1;
            }
        }
        return -1;
    }

    private const int MaxBracketed = 12;

    /// <summary>The subject that ends right before a verb, over adverbs ("also"), a day ("on Friday"), a bracket and an appositive.</summary>
    private static Subject? SubjectBefore(IReadOnlyList<Token> tokens, int verb)
    {
        var j = verb - 1;
        while (j >= 0)
        {
            if (tokens[j].IsWord && PassiveAuxiliaries.Contains(tokens[j].Text))
            {
                // "Amman, who was described as "knife-obsessed" by the police": the subject is spoken of, not speaking.
                return new(SubjectKind.Passive, $"{tokens[j].Text} {tokens[verb].Text}", j, verb);
            }
            if ((tokens[j].IsWord && Lexicon.VerbModifiers.Contains(tokens[j].Text) && !tokens[j].IsCapitalised)
                || Lexicon.PostNominals.Contains(tokens[j].Text))
            {
                j--;
            }
            else if (j >= 1 && tokens[j].IsWord && Lexicon.Weekdays.Contains(tokens[j].Text) && tokens[j - 1].Is("on"))
            {
                j -= 2;
            }
            else if (tokens[j].Is(")") && OpeningBracket(tokens, j) is var open and > 0)
            {
                // "Rep. Ana Ruiz (D-Calif.) said", "Jenn St-Onge (Nancy Drew) told": a bracket between the name and its verb.
                j = open - 1;
            }
            else
            {
                break;
            }
        }
        if (j < 0)
        {
            return null;
        }
        if (j >= 1 && tokens[j].Is("to") && tokens[j - 1].IsWord && SeemingVerbs.Contains(tokens[j - 1].Text))
        {
            return new(SubjectKind.Seeming, $"{tokens[j - 1].Text} to {tokens[verb].Text}", j - 1, verb);
        }
        if (j >= 1 && tokens[j].Is("to") && tokens[j - 1].IsWord && !tokens[j - 1].IsCapitalised)
        {
            // "Schwartz went on to say": the subject of the verb that "to say" completes.
            j -= tokens[j - 1].Is("on") && j >= 2 ? 3 : 2;
            if (j < 0)
            {
                return null;
            }
        }
        if (tokens[j].Is("and") || tokens[j].Is("but"))
        {
            // "Berg avoided the word and said …": a second verb of the sentence's subject.
            return new(SubjectKind.Participle, tokens[verb].Text, verb, verb);
        }
        if (tokens[j].Is(","))
        {
            var opening = j - 1;
            while (opening >= 0 && !tokens[opening].Is(",") && tokens[opening].Kind != TokenKind.Quote && j - opening < 25)
            {
                opening--;
            }
            if (opening < 1 || !tokens[opening].Is(","))
            {
                return null;
            }
            // "The judge presiding over the case, Bernard Schwartz, said": the name is the appositive.
            if (PhraseBefore(tokens, j - 1) is { Kind: SubjectKind.Name } appositive && appositive.Start > opening
                && Enumerable.Range(opening + 1, appositive.Start - opening - 1).All(t => Lexicon.Titles.Contains(tokens[t].Text)))
            {
                return appositive;
            }
            // "Mike Waltz, the president's national security adviser, told": the subject stands before the appositive,
            // and before a degree set off by commas ("Nick James, Ph.D., of the University of Birmingham, wrote").
            var beforeAppositive = PhraseBefore(tokens, SkipNameSuffix(tokens, opening - 1));
            // "Shawn VanDiver, the president of AfghanEvac, a coalition of groups, told": an appositive of an appositive.
            if (PreviousComma(tokens, opening) is var earlier and > 0 && tokens[earlier + 1].IsWord && !tokens[earlier + 1].IsCapitalised
                && (Lexicon.UnnamedDeterminers.Contains(tokens[earlier + 1].Text) || tokens[earlier + 1].Is("the"))
                && PhraseBefore(tokens, SkipNameSuffix(tokens, earlier - 1)) is { Kind: SubjectKind.Name or SubjectKind.Pronoun } first)
            {
                return first;
            }
            return beforeAppositive is { Kind: SubjectKind.Name or SubjectKind.Pronoun } ? beforeAppositive : null;
        }
        if (tokens[j].Is("who"))
        {
            // "Thomas Gray, 24, who cited ...": the relative pronoun stands for the name before it.
            var k = j - 1;
            if (k >= 0 && tokens[k].Is(","))
            {
                k--;
            }
            if (k >= 1 && tokens[k].IsWord && char.IsDigit(tokens[k].Text[0]) && tokens[k - 1].Is(","))
            {
                k -= 2;
            }
            if (k < 0)
            {
                return null;
            }
            if (PhraseBefore(tokens, k) is { Kind: SubjectKind.Name } antecedent)
            {
                return antecedent;
            }
            // "The bill was drafted by Alex Greenwich who said": the antecedent may be a preposition's object.
            return NameRunEndingAt(tokens, 0, k + 1) is { } run
                ? new(SubjectKind.Name, Names.Text(tokens, run.Start, run.End), run.Start, run.End)
                : null;
        }
        var phrase = PhraseBefore(tokens, j);
        // "Erwin Chemerinsky, Dean of UC Berkeley School of Law called it": an office after the name, its closing comma left out.
        if (phrase is { } office && office.Start >= 2 && tokens[office.Start].IsCapitalised && Lexicon.Titles.Contains(tokens[office.Start].Text)
            && tokens[office.Start - 1].Is(",") && PhraseBefore(tokens, office.Start - 2) is { Kind: SubjectKind.Name } named)
        {
            return named;
        }
        return phrase;
    }

    /// <summary>The comma that opens the phrase ending at the comma <paramref name="comma"/>, within a few words; -1 when there is none.</summary>
    private static int PreviousComma(IReadOnlyList<Token> tokens, int comma)
    {
        for (var t = comma - 1; t >= 1 && comma - t < 25; t--)
        {
            if (tokens[t].Kind == TokenKind.Quote)
            {
                return -1;
            }
            if (tokens[t].Is(","))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>The token before ", Ph.D." when one ends at <paramref name="end"/>; else <paramref name="end"/>.</summary>
    private static int SkipNameSuffix(IReadOnlyList<Token> tokens, int end)
    {
        var at = end >= 0 && tokens[end].Is(".") ? end - 1 : end;
        return at >= 2 && Lexicon.NameSuffixes.Contains(tokens[at].Text) && tokens[at - 1].Is(",") ? at - 2 : end;
    }

    /// <summary>The noun phrase that ends at token <paramref name="end"/>.</summary>
    private static Subject? PhraseBefore(IReadOnlyList<Token> tokens, int end)
    {
        if (end < 0 || !tokens[end].IsWord)
        {
            return null;
        }
        var start = end;
        while (start > 0 && end - start < MaxPhrase && tokens[start - 1].IsWordOrNickname && !Lexicon.ClauseWords.Contains(tokens[start - 1].Text)
            && !Lexicon.ReportingVerbs.Contains(tokens[start - 1].Text))
        {
            start--;
        }
        return Classify(tokens, start, end + 1);
    }

    /// <summary>The noun phrase that starts at token <paramref name="start"/>, up to a comma, a clause word or a preposition.</summary>
    private static Subject? PhraseAfter(IReadOnlyList<Token> tokens, int start)
    {
        var end = start;
        var named = false;
        var titled = false;
        while (end < tokens.Count && end - start < MaxPhrase)
        {
            if (end > start && end + 2 < tokens.Count && tokens[end].Is("(") && Lexicon.Titles.Contains(tokens[end + 1].Text) && tokens[end + 2].Is(")"))
            {
                end += 3; // "Lt. Gen. (Dr.) Paul K. Carlton": a title in brackets within the titles
                continue;
            }
            if (end > start && Lexicon.NameSuffixes.Contains(tokens[end].Text))
            {
                break; // "said Vijay Kumar M.D.": a degree ends the name
            }
            var titleJoins = titled && tokens[end].Is("and") && CapitalisedAt(tokens, end + 1) && !OfficeTitleAhead(tokens, end + 1);
            if (!tokens[end].IsWordOrNickname || (Lexicon.ClauseWords.Contains(tokens[end].Text) && !titleJoins))
            {
                break;
            }
            var word = tokens[end];
            var isPreposition = !word.IsCapitalised && (word.Is("of") || PhraseEnders.Contains(word.Text));
            // "Mayor of London Sadiq Khan", "Special Agent in Charge Ana Ruiz": a title's own preposition, before any name;
            // "Assistant Secretary for Land and Minerals Management Steve Feldgus", "Council on Environmental Quality
            // Chair Brenda Mallory": after a title or a body's word, whatever came before.
            var titleGoesOn = end > start && tokens[end - 1].IsCapitalised && CapitalisedAt(tokens, end + 1)
                && (word.Is("of") || !named || Lexicon.Titles.Contains(tokens[end - 1].Text) || Lexicon.InstitutionWords.Contains(tokens[end - 1].Bare));
            if (isPreposition && !titleGoesOn)
            {
                break;
            }
            titled |= isPreposition;
            named |= Names.IsNameWord(word) && !Lexicon.Places.Contains(word.Bare);
            end++;
        }
        return end > start ? Classify(tokens, start, end) : null;
    }

    private static bool CapitalisedAt(IReadOnlyList<Token> tokens, int at) => at < tokens.Count && tokens[at].IsCapitalised;

    /// <summary>
    /// Whether an office ("Secretary", "Chief") comes before the clause ends: after "Secretary for Land and" it would
    /// start a second person's title ("… Marco Rubio and Defense Secretary Pete Hegseth"); an honorific ("Dr.") would not.
    /// </summary>
    private static bool OfficeTitleAhead(IReadOnlyList<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i - from < MaxPhrase && tokens[i].IsWordOrNickname; i++)
        {
            if (Lexicon.Titles.Contains(tokens[i].Text) && !Honorifics.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Honorifics = Lexicon.Words("mr. mrs. ms. miss dr. prof. sir dame");

    private static readonly HashSet<string> PhraseEnders = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "on", "at", "during", "after", "before", "to", "with", "from", "about", "last", "this", "by",
        "per", "via", "yesterday", "today", "tonight", "earlier", "later", "recently", "outside", "inside", "near", "over", "under",
    };

    /// <summary>What kind of subject tokens [start, end) are.</summary>
    private static Subject? Classify(IReadOnlyList<Token> tokens, int start, int end)
    {
        var text = string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Text));
        if (end - start == 1)
        {
            var word = tokens[start].Text;
            if (Lexicon.MalePronouns.Contains(word) || Lexicon.FemalePronouns.Contains(word))
            {
                return word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
                    ? new(SubjectKind.Pronoun, word, start, end)
                    : null;
            }
            if (Lexicon.PluralPronouns.Contains(word))
            {
                return new(SubjectKind.Plural, word, start, end);
            }
            if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                return new(SubjectKind.Organisation, word, start, end);
            }
        }
        // "Lucy Fischer of The Times": the head comes before "of"; "Secretary of State Mike Pompeo" keeps its "of".
        var headEnd = end;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (PhrasePrepositions.Contains(tokens[i].Text) && !tokens[i].IsCapitalised && Names.IsNameWord(tokens[i - 1])
                && NameRunEndingAt(tokens, start, i) is { } before && (before.End - before.Start >= 2 || !NameTail(tokens, i + 1, end)))
            {
                headEnd = i;
                break;
            }
        }
        var head = tokens[headEnd - 1];
        if (NameRunEndingAt(tokens, start, headEnd) is { } run && !head.IsPossessive)
        {
            if (ObjectOfPreposition(tokens, start, run.Start) is { } preposition)
            {
                // "An official statement on the Twitter-like Sina Weibo says", "a spokesman for Pompeo said": the
                // name is the preposition's object; the subject is what stands before it.
                return preposition > start ? Classify(tokens, start, preposition) : null;
            }
            var isCapitalisedRun = run.Start > start || run.End - run.Start > 1 || TitleBefore(tokens, run.Start, start)
                || !IsOrganisationPhrase(tokens, start, headEnd);
            if (isCapitalisedRun)
            {
                var title = TitleBefore(tokens, run.Start, start) ? tokens[run.Start - 1].Text : null;
                return new(SubjectKind.Name, Names.Text(tokens, run.Start, run.End), run.Start, run.End, title);
            }
        }
        var first = tokens[start].Text;
        // "The head of the inquiry's staff", "the Ministry of Defence": the head noun stands before "of".
        for (var i = start + 1; i < headEnd - 1; i++)
        {
            if (tokens[i].Is("of") && !Names.IsNameWord(tokens[i - 1]))
            {
                headEnd = i;
                head = tokens[i - 1];
                break;
            }
        }
        var headWord = head.Bare.ToLowerInvariant();
        if (IsOrganisationPhrase(tokens, start, headEnd))
        {
            return new(SubjectKind.Organisation, text, start, end);
        }
        if (Lexicon.UnnamedDeterminers.Contains(first) || GroupNouns.Contains(headWord)
            || (headWord.EndsWith('s') && Lexicon.RoleNouns.Contains(headWord[..^1])))
        {
            return new(SubjectKind.Unnamed, text, start, end);
        }
        if (Lexicon.RoleNouns.Contains(headWord))
        {
            return new(SubjectKind.Description, text, start, end);
        }
        return null;
    }

    /// <summary>
    /// The preposition whose object a name run is ("for Pompeo", "on the Sina Weibo"), unless a title goes on
    /// through it ("Minister for Foreign Affairs Marise Payne"), or it is a title's "of" or the "with" of "with
    /// Zinichev describing", whose name is the subject of the -ing form.
    /// </summary>
    private static int? ObjectOfPreposition(IReadOnlyList<Token> tokens, int start, int runStart)
    {
        var at = runStart - 1;
        // Over the name's titles and article: "a spokesperson for President Ana Ruiz", "on the Sina Weibo".
        while (at > start && (Lexicon.Titles.Contains(tokens[at].Text) || tokens[at].Is("the") || tokens[at].Is("a") || tokens[at].Is("an")))
        {
            at--;
        }
        var isPreposition = at >= start && tokens[at].IsWord && !tokens[at].IsCapitalised
            && Lexicon.Prepositions.Contains(tokens[at].Text) && !tokens[at].Is("of") && !tokens[at].Is("with");
        return isPreposition && (at == start || !tokens[at - 1].IsCapitalised) ? at : null;
    }

    /// <summary>A body, a place or a document: "the police", "The Times", "CPAC", "the Foreign Ministry", "North Korea".</summary>
    private static bool IsOrganisationPhrase(IReadOnlyList<Token> tokens, int start, int end)
    {
        var head = tokens[end - 1];
        var bare = head.Bare;
        if (Lexicon.OrganisationNouns.Contains(bare) || (head.IsCapitalised && (Lexicon.InstitutionWords.Contains(bare) || Lexicon.Places.Contains(bare))))
        {
            return true;
        }
        var isAcronym = bare.Length >= 2 && bare.All(c => !char.IsLetter(c) || char.IsUpper(c)) && bare.Count(char.IsLetter) >= 2;
        return isAcronym;
    }

    private static bool TitleBefore(IReadOnlyList<Token> tokens, int runStart, int phraseStart) =>
        runStart > phraseStart && (Lexicon.Titles.Contains(tokens[runStart - 1].Text) || Lexicon.RoleNouns.Contains(tokens[runStart - 1].Text));

    /// <summary>The run of name words that ends exactly at <paramref name="end"/> (exclusive), inside [from, end).</summary>
    private static (int Start, int End)? NameRunEndingAt(IReadOnlyList<Token> tokens, int from, int end)
    {
        foreach (var run in Names.Runs(tokens, from, end))
        {
            if (run.End == end)
            {
                return run;
            }
        }
        return null;
    }

    /// <summary>True when tokens [from, end) end in a person's name, as after "Secretary of".</summary>
    private static bool NameTail(IReadOnlyList<Token> tokens, int from, int end) =>
        NameRunEndingAt(tokens, from, end) is { } run && run.End - run.Start >= 2;
}
