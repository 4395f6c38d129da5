using Portal.Data.Quotes;

namespace Portal.Web.Imports;

/// <summary>
/// Gives each quotation its speaker, in reading order, from the cues of its own sentence first: a name
/// ("Pompeo said", "said Pompeo, a spokesman"), a pronoun that agrees with someone the story was just speaking
/// of, or a role the story ties to one person. A quote without a cue of its own continues the quote before it
/// in the paragraph, or a quote running on from the paragraph before. Words of a body, a document, a group or
/// an unnamed source get no person. Every decision carries its reason and a confidence; anything less certain
/// than <see cref="Threshold"/> is left for the editor, with a problem that says why.
/// </summary>
internal sealed class Attributor(StoryReading story, List<ImportProblem> problems)
{
    /// <summary>Below this confidence a quote is left for the editor.</summary>
    public const double Threshold = 0.7;

    private const int PronounReachInParagraphs = 2;

    private readonly PeopleRegistry _people = story.People;
    /// <summary>Sentences whose speaker or subject is someone the story does not name: "he" or "she" after them may be that person.</summary>
    private readonly HashSet<int> _unnamedSpeakers = [];
    private readonly HashSet<int> _warnedWithoutTitle = [];
    private readonly List<List<Cue>> _cues = story.Sentences.Select(s => Cues.Find(s.Tokens)).ToList();

    /// <summary>Each sentence's cues as resolved when it was read; later sentences look back at them, never resolve again.</summary>
    private readonly List<Verdict>[] _verdicts = new List<Verdict>[story.Sentences.Count];

    public List<DraftQuote> Attribute()
    {
        var quotes = new List<DraftQuote>();
        DraftQuote? previous = null;
        var previousSentence = -1;
        foreach (var sentence in story.Sentences)
        {
            var cues = _cues[sentence.Index];
            var verdicts = _verdicts[sentence.Index] = new List<Verdict>(cues.Count);
            foreach (var cue in cues)
            {
                // In reading order, so that "Welch … called Patel … in what he described" finds Welch for "he".
                verdicts.Add(Resolve(sentence, cue));
                if (verdicts[^1].Person is { } speaker)
                {
                    story.AddMention(new(sentence.Index, cue.Subject.Start, speaker, IsSubject: true));
                }
            }
            if ((cues.Any(c => c.Subject.Kind is SubjectKind.Unnamed or SubjectKind.Passive or SubjectKind.Description) && verdicts.All(v => v.Person is null))
                || OpensWithUnnamedPerson(sentence.Tokens))
            {
                _unnamedSpeakers.Add(sentence.Index);
            }
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var token = sentence.Tokens[t];
                if (token.Kind is not (TokenKind.Quote or TokenKind.Nickname))
                {
                    continue;
                }
                var span = sentence.SpanAt(token);
                var text = span.TextOf(sentence.Paragraph.Text);
                if (!Acceptable(sentence, text))
                {
                    continue;
                }
                var verdict = token.Kind == TokenKind.Nickname
                    ? Verdict.NotSpeech("the quotation is a nickname inside a person's name")
                    : IsMentionedWord(sentence.Tokens, t, text)
                    ? Verdict.NotSpeech("the quotation is a word or a name spoken of, not speech")
                    : cues.Count > 0
                        ? FromCues(sentence, t, cues, verdicts)
                        : FromContext(sentence, t, previous, previousSentence);
                if (verdict.Kind != QuoteSourceKind.Open && verdict.Confidence < Threshold)
                {
                    var source = verdict.Person is { } person ? _people.NameOf(person) : verdict.Source ?? "a source";
                    verdict = Verdict.Open($"{verdict.Reason}, which is too uncertain to name {source}");
                }
                if (verdict.Kind == QuoteSourceKind.Open)
                {
                    problems.Add(new("unattributed-quote", $"\"{WireBlocks.Shorten(text)}\" was left without a speaker: {verdict.Reason}.",
                        sentence.Paragraph.BlockIndex + 1));
                }
                else if (verdict.Note is { } note)
                {
                    problems.Add(new(note, $"\"{WireBlocks.Shorten(text)}\": {verdict.Reason}. Check it.", sentence.Paragraph.BlockIndex + 1));
                }
                var quote = new DraftQuote(sentence.Paragraph.BlockIndex, span.TextStart, text, IsFragment(sentence, t, text),
                    verdict.Person, verdict.Reason, verdict.Confidence, verdict.Kind, verdict.Source);
                quotes.Add(quote);
                if (token.Kind == TokenKind.Quote)
                {
                    (previous, previousSentence) = (quote, sentence.Index);
                }
            }
        }
        return quotes;
    }

    private bool Acceptable(SentenceReading sentence, string text)
    {
        if (text.Trim().Length == 0)
        {
            problems.Add(new("empty-quote", "A pair of quotation marks holds no words; it was skipped.", sentence.Paragraph.BlockIndex + 1));
            return false;
        }
        if (text.Length > Quote.TextMaxLength)
        {
            problems.Add(new("quote-too-long",
                $"A quotation is longer than {Quote.TextMaxLength:N0} characters; check its quotation marks.",
                sentence.Paragraph.BlockIndex + 1, IsError: true));
            return false;
        }
        return true;
    }

    /// <summary>The cue that governs a quote: the one right beside it, else the nearest, and never a choice between two people.</summary>
    private Verdict FromCues(SentenceReading sentence, int quote, List<Cue> cues, List<Verdict> verdicts)
    {
        var tokens = sentence.Tokens;
        var adjacent = cues.FindIndex(c => IsAdjacent(tokens, quote, c));
        var people = verdicts.Where(v => v.Person is not null).Select(v => v.Person!.Value).Distinct().ToList();
        if (adjacent < 0 && people.Count > 1)
        {
            return Verdict.Open($"the sentence names more than one speaker ({string.Join(", ", people.Select(_people.NameOf))})");
        }
        var chosen = adjacent >= 0 ? adjacent : Nearest(cues, quote);
        var verdict = verdicts[chosen];
        if (adjacent < 0 && verdict.Person is null && verdict.Source is { } source && people.Count > 0)
        {
            // "Bercow commented — which the BBC noted as unusual — "…"": the nearer cue is not surely the one that quotes.
            return Verdict.Open($"the sentence names more than one source ({string.Join(", ", people.Select(_people.NameOf).Append(source))})");
        }
        if (adjacent >= 0 && verdict.RulesOutPerson && NamingVerbs.Contains(cues[chosen].VerbText) && cues[chosen].Verb == quote - 1)
        {
            return Verdict.NotSpeech($"\"{cues[chosen].Subject.Text} {cues[chosen].VerbText}\" gives a name, not words spoken");
        }
        if (cues[chosen].Subject.Kind == SubjectKind.Participle)
        {
            verdict = FromParticiple(sentence, cues[chosen], cues, verdicts);
        }
        if (verdict.Person is not null && InOpeningPhrase(tokens, quote, cues[chosen]))
        {
            return Verdict.Open($"the quotation is in the phrase that opens the sentence (\"{tokens[0].Text} …\"), not in what {_people.NameOf(verdict.Person.Value)} said");
        }
        return adjacent >= 0 || verdict.Person is null ? verdict : verdict with { Confidence = verdict.Confidence - 0.05 };
    }

    /// <summary>
    /// "Echoing an email referencing a "big guy", Trump said": a quotation in a phrase that opens the sentence with a
    /// verb in -ing that does not report speech, before the comma that ends it, is what that phrase speaks of. "Calling it
    /// "a hoax", Trump said" keeps its speaker: calling is speaking.
    /// </summary>
    private static bool InOpeningPhrase(IReadOnlyList<Token> tokens, int quote, Cue cue)
    {
        if (!tokens[0].IsWord || !Lexicon.IsParticiple(tokens[0].Text) || Lexicon.ReportingVerbs.Contains(tokens[0].Text) || cue.Subject.Start <= quote)
        {
            return false;
        }
        var comma = Enumerable.Range(quote + 1, Math.Max(0, cue.Subject.Start - quote - 1)).FirstOrDefault(t => tokens[t].Is(","), -1);
        return comma > 0 && !Enumerable.Range(1, quote - 1).Any(t => tokens[t].Is(","));
    }

    /// <summary>Verbs that, after a thing rather than a person, give its name: "a process called "X"".</summary>
    private static readonly HashSet<string> NamingVerbs = Lexicon.Words("called dubbed named titled entitled nicknamed");

    /// <summary>The cue before the quote nearest to it; with none before, the nearest after ("…," the spokesperson, X, said, according to Dawn).</summary>
    private static int Nearest(List<Cue> cues, int quote)
    {
        var before = cues.FindLastIndex(c => c.Verb < quote);
        return before >= 0 ? before : cues.IndexOf(cues.MinBy(c => c.Verb)!);
    }

    /// <summary>A cue next to its quote: <c>"…," Lake said</c>, <c>"…," said Lake</c>, <c>Lake said: "…"</c>, <c>he said, "…"</c>.</summary>
    private static bool IsAdjacent(IReadOnlyList<Token> tokens, int quote, Cue cue)
    {
        var first = Math.Min(cue.Verb, cue.Subject.Start);
        var last = Math.Max(cue.Verb, cue.Subject.End - 1);
        if (first > quote)
        {
            var gap = first - quote - 1;
            return gap == 0 || (gap == 1 && tokens[quote + 1].Kind == TokenKind.Punctuation);
        }
        if (last < quote)
        {
            var between = quote - last - 1;
            return between == 0 || (between == 1 && (tokens[quote - 1].Kind == TokenKind.Punctuation || tokens[quote - 1].Is("that")));
        }
        return false;
    }

    /// <summary>"…, saying, "…"": the speaker is the subject of the sentence's other cue, or the sentence's first person.</summary>
    private Verdict FromParticiple(SentenceReading sentence, Cue participle, List<Cue> cues, List<Verdict> verdicts)
    {
        // "an example of the media falsely describing him as a "felon"": a participle after its own subject hangs from no one
        // else; "issued a statement saying" still hangs from who issued it.
        var before = participle.Verb - 1;
        while (before >= 0 && sentence.Tokens[before].IsWord && sentence.Tokens[before].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }
        if (before >= 0 && sentence.Tokens[before] is { IsWord: true, IsCapitalised: false } own && !Lexicon.FunctionWords.Contains(own.Text)
            && !Lexicon.ClauseWords.Contains(own.Text) && !Lexicon.Prepositions.Contains(own.Text) && !Lexicon.VerbModifiers.Contains(own.Text)
            && !Lexicon.IssuedNouns.Contains(own.Text))
        {
            return Verdict.Open($"\"{participle.VerbText}\" has its own subject, \"{own.Text}\"");
        }
        for (var i = 0; i < cues.Count; i++)
        {
            if (cues[i].Subject.Kind != SubjectKind.Participle)
            {
                return verdicts[i] with { Reason = $"\"{participle.VerbText}\" hangs from \"{cues[i].Subject.Text} {cues[i].VerbText}\": {verdicts[i].Reason}" };
            }
        }
        // Otherwise the sentence must open with its subject: "Milei used the platform ..., saying".
        var tokens = sentence.Tokens;
        if (tokens[0].Is("he") || tokens[0].Is("she"))
        {
            var pronoun = ResolvePronoun(sentence, 0, tokens[0].Text);
            return pronoun with { Reason = $"\"{participle.VerbText}\" hangs from {pronoun.Reason}", Confidence = pronoun.Confidence - 0.05 };
        }
        if (SubjectMention(sentence) is { } mention)
        {
            return new(mention.Person, $"\"{participle.VerbText}\" hangs from {_people.NameOf(mention.Person)}, the sentence's subject", 0.85);
        }
        return Verdict.Open($"nobody in the sentence is the subject of \"{participle.VerbText}\"");
    }

    /// <summary>The person a sentence opens with, after nothing but titles: "Mayor Anna Berg avoided …".</summary>
    private Mention? SubjectMention(SentenceReading sentence)
    {
        var tokens = sentence.Tokens;
        if (MentionAfterTitles(sentence, 0) is { IsSubject: true } mention)
        {
            return mention;
        }
        // "Following the announcement, Trump issued a statement": the subject after a phrase that opens the sentence.
        var comma = tokens.Count > 0 && tokens[0].IsWord && (Lexicon.Prepositions.Contains(tokens[0].Text) || Lexicon.IsParticiple(tokens[0].Text)
            || Lexicon.FunctionWords.Contains(tokens[0].Text))
            ? Enumerable.Range(1, Math.Min(tokens.Count, MaxOpeningPhrase) - 1).FirstOrDefault(t => tokens[t].Is(","), -1)
            : -1;
        return comma > 0 && !tokens.Take(comma).Any(t => t.Kind == TokenKind.Quote) && MentionAfterTitles(sentence, comma + 1) is { } after
            && story.MentionsIn(sentence.Index).All(m => m.Token >= after.Token) ? after : null;
    }

    /// <summary>How far a phrase opening a sentence may run before the comma that ends it.</summary>
    private const int MaxOpeningPhrase = 16;

    /// <summary>
    /// The person named at a token, after the words of a title: "Brazilian President Jair Bolsonaro", "Former First Lady
    /// Michelle Obama".
    /// </summary>
    private Mention? MentionAfterTitles(SentenceReading sentence, int start)
    {
        var tokens = sentence.Tokens;
        while (start < tokens.Count && tokens[start].IsWord
            && (Lexicon.Titles.Contains(tokens[start].Text) || Lexicon.Places.Contains(tokens[start].Text) || tokens[start].Is("former") || tokens[start].Is("first")))
        {
            start++;
        }
        return story.MentionAt(sentence.Index, start);
    }

    /// <summary>Who the subject of one cue is.</summary>
    private Verdict Resolve(SentenceReading sentence, Cue cue)
    {
        var subject = cue.Subject;
        var said = cue.Inverted ? $"{cue.VerbText} {subject.Text}" : $"{subject.Text} {cue.VerbText}";
        switch (subject.Kind)
        {
            case SubjectKind.Name:
                return ResolveName(sentence, subject, said);
            case SubjectKind.Pronoun:
                return ResolvePronoun(sentence, subject.Start, subject.Text);
            case SubjectKind.Plural:
                return Verdict.NoOnePerson($"\"{subject.Text}\" refers to several people");
            case SubjectKind.Seeming:
                return Verdict.NoOnePerson($"\"{subject.Text}\": words shown as if someone said them, not words they said");
            case SubjectKind.Passive:
                return Verdict.NoOnePerson($"\"{subject.Text}\" is a passive, which need not name who spoke");
            case SubjectKind.Unnamed:
                return Verdict.Unnamed(SourceWording.Description(sentence.Tokens, subject), $"\"{said}\": a source the story does not name");
            case SubjectKind.Organisation when subject.End - subject.Start == 1 && sentence.Tokens[subject.Start].IsCapitalised
                && _people.ResolveName(subject.Text).Person is not null:
                // "Kanye West … West claimed": a body's word that is the surname of a person the story named is that person.
                return ResolveName(sentence, subject with { Kind = SubjectKind.Name }, said);
            case SubjectKind.Organisation:
                return ResolveOrganisation(sentence, subject, said);
            case SubjectKind.Description:
                return ResolveDescription(sentence, subject, said);
            default:
                return Verdict.Open($"\"{cue.VerbText}\" has no subject of its own");
        }
    }

    /// <summary>"the Foreign Ministry said" names an organisation; "the police said" and "the letter said" describe a source; "it" is left open.</summary>
    private static Verdict ResolveOrganisation(SentenceReading sentence, Subject subject, string said)
    {
        if (subject.End - subject.Start == 1 && sentence.Tokens[subject.Start].Is("it"))
        {
            return Verdict.NoOnePerson($"\"{said}\": a body or a document the sentence does not name");
        }
        return SourceWording.OrganisationName(sentence.Tokens, subject) is { } name
            ? new(null, $"\"{said}\": the words of {name}, not of a person", 0.85, Kind: QuoteSourceKind.Organisation, Source: name)
            : Verdict.Unnamed(SourceWording.Description(sentence.Tokens, subject), $"\"{said}\": the words of a body or a document, not of a person");
    }

    private Verdict ResolveName(SentenceReading sentence, Subject subject, string said)
    {
        var name = subject.Text;
        var resolution = _people.ResolveName(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var written = words.Length == 1 ? story.FullNamesBefore(words[0], sentence.Index) : [];
        if (written.Count > 1)
        {
            // "Hank Waldron and his sister Ruth Waldron …": "Waldron said" could be either.
            return Verdict.Open($"\"{name}\" could be {string.Join(" or ", written)}");
        }
        if (resolution.Person is { } person)
        {
            _people.AddAlias(person, resolution.Matched);
            WarnOfNewPersonWithoutTitle(person);
            return new(person, $"\"{said}\" in the same sentence", 0.95);
        }
        // "Hank Weldon is a native Alabamian. … says Weldon": a surname alone is the one full name written before it.
        if (!resolution.IsAmbiguous && written is [var fullName] && _people.ResolveName(fullName) is { Person: null, IsAmbiguous: false })
        {
            var named = _people.Introduce(fullName, subject.Title, titleFromQuote: false);
            story.MentionIntroduced(named);
            _people.Vote(named, Names.GenderOfGivenName(fullName));
            WarnOfNewPersonWithoutTitle(named);
            return new(named, $"\"{said}\": {name} is {fullName}, named before", 0.85);
        }
        // "President Erdogan said": a titled surname is a person even when the story never gives the full name; so is
        // a given name alone ("Fourteen-year-old Zoe … said") that no one named before bears, as copy names children.
        var titledSurname = words.Length == 1 && (subject.Title is not null || Names.GenderOfGivenName(name) != Gender.Unknown);
        if (resolution.IsAmbiguous || (words.Length is < 2 or > 4 && !titledSurname))
        {
            return Verdict.Open(resolution.Problem!);
        }
        var introduced = _people.Introduce(name, subject.Title, titleFromQuote: false);
        story.MentionIntroduced(introduced);
        _people.Vote(introduced, Names.GenderOfGivenName(name));
        WarnOfNewPersonWithoutTitle(introduced);
        return new(introduced, $"\"{said}\" in the same sentence", 0.9);
    }

    private void WarnOfNewPersonWithoutTitle(int person)
    {
        var entry = _people[person];
        if (entry.ExistingId is null && entry.Title is null && _warnedWithoutTitle.Add(person))
        {
            problems.Add(new("new-person-without-title",
                $"{entry.Name} is quoted but the text gives no title for them; a new person was proposed. Check the name."));
        }
    }

    /// <summary>
    /// "he"/"she": the person the story was last speaking of whose sex agrees, the subject of the nearest
    /// sentence that names such a person, within the last <see cref="PronounReachInParagraphs"/> paragraphs.
    /// </summary>
    private Verdict ResolvePronoun(SentenceReading sentence, int token, string pronoun)
    {
        var gender = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        var candidates = Candidates(sentence, token, p => _people.GenderOf(p) != Opposite(gender));
        if (candidates.Count == 0)
        {
            return Verdict.Open($"\"{pronoun}\" has nobody earlier in the story to refer to");
        }
        var (person, at) = candidates[0];
        // "He, in turn, handed Carlton a check and said": a name later in the pronoun's own sentence is someone else.
        if (story.MentionsIn(sentence.Index).Any(m => m.Token > token && m.Person == person))
        {
            return Verdict.Open($"\"{pronoun}\" is not {_people.NameOf(person)}, whom its own sentence names after it");
        }
        var known = _people.GenderOf(person) == gender;
        var rival = candidates.FindIndex(1, c => _people.GenderOf(c.Person) == gender);
        // "Duda said … while Brudziński wrote …. He tweeted": two subjects of one sentence who agree leave "he" open.
        var subjects = story.MentionsIn(at).Where(m => m.IsSubject && MayBe(m.Person, gender)).Select(m => m.Person).Distinct().ToList();
        var fellowSubject = at != sentence.Index && subjects.Contains(person) && subjects.Count > 1 ? subjects.First(p => p != person) : (int?)null;
        // "Emma Caufield talked …. Faced with losing the character of Anya Jenkins, the producers …. She recalls": a
        // person the last sentence names only in passing does not outweigh an earlier subject of the same sex.
        var inPassing = rival > 0 && !story.MentionsIn(at).Any(m => m.Person == person && m.IsSubject);
        if ((!known && rival > 0) || fellowSubject is not null || inPassing)
        {
            var other = fellowSubject ?? candidates[rival].Person;
            return Verdict.Open($"\"{pronoun}\" could be {_people.NameOf(person)} or {_people.NameOf(other)}");
        }
        var distance = sentence.ParagraphNumber - story.Sentences[at].ParagraphNumber;
        var where = distance switch { 0 => "in the same paragraph", 1 => "in the paragraph before", _ => $"{distance} paragraphs before" };
        return new(person, $"\"{pronoun}\" → {_people.NameOf(person)}, named {where}", known ? 0.85 : 0.75);
    }

    /// <summary>
    /// People the story spoke of before a token, most salient first: by the sentence they were last named in,
    /// newest first, and within a sentence its subject before the rest.
    /// </summary>
    private List<(int Person, int Sentence)> Candidates(SentenceReading sentence, int token, Func<int, bool> fits)
    {
        var firstParagraph = sentence.ParagraphNumber - PronounReachInParagraphs;
        var seen = new HashSet<int>();
        var candidates = new List<(int, int)>();
        var mentions = story.Mentions;
        var i = mentions.Count - 1;
        while (i >= 0 && (mentions[i].Sentence > sentence.Index || (mentions[i].Sentence == sentence.Index && mentions[i].Token >= token)))
        {
            i--;
        }
        while (i >= 0)
        {
            var group = mentions[i].Sentence;
            if (story.Sentences[group].ParagraphNumber < firstParagraph || _unnamedSpeakers.Overlaps(Enumerable.Range(group + 1, Math.Max(0, sentence.Index - group)))
                || story.SentencesNamingStrangers.Overlaps(Enumerable.Range(group + 1, Math.Max(0, sentence.Index - group - 1))))
            {
                // Past a sentence whose speaker the story does not name, or that names a stranger, "he" or "she" may
                // well be that speaker or that stranger.
                break;
            }
            var start = i;
            while (start > 0 && mentions[start - 1].Sentence == group)
            {
                start--;
            }
            for (var k = start; k <= i; k++)
            {
                var mention = mentions[k];
                var usable = group != sentence.Index || mention.IsSubject;
                if (usable && fits(mention.Person) && seen.Add(mention.Person))
                {
                    candidates.Add((mention.Person, group));
                }
            }
            i = start - 1;
        }
        return candidates;
    }

    /// <summary>"the mayor", "the top U.S. diplomat": the one person whose title has that role, else the person the story was speaking of.</summary>
    private Verdict ResolveDescription(SentenceReading sentence, Subject subject, string said)
    {
        if (_people.FindAlias(subject.Text) is { } known)
        {
            return new(known, $"\"{said}\": {subject.Text} is {_people.NameOf(known)}", 0.9);
        }
        var head = sentence.Tokens[subject.End - 1].Bare;
        var holders = _people.HoldersOf(head);
        if (holders is [var holder])
        {
            _people.AddAlias(holder, subject.Text);
            return new(holder, $"\"{said}\": {_people.NameOf(holder)} is the story's {head}", 0.85);
        }
        if (holders.Count > 1)
        {
            return Verdict.Open($"\"{subject.Text}\" could be {string.Join(" or ", holders.Select(_people.NameOf))}");
        }
        var hasComplement = subject.Text.Contains(" of ", StringComparison.OrdinalIgnoreCase) || subject.Text.Contains('\'') || subject.Text.Contains('’');
        if (!subject.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || Lexicon.RelationNouns.Contains(head) || hasComplement)
        {
            return Verdict.Open($"\"{subject.Text}\" is not a person the story names");
        }
        var gender = Lexicon.FemaleNouns.Contains(head) ? Gender.Female : Lexicon.MaleNouns.Contains(head) ? Gender.Male : Gender.Unknown;
        var candidates = Candidates(sentence, subject.Start, p => gender == Gender.Unknown || _people.GenderOf(p) != Opposite(gender));
        if (candidates.Count == 0)
        {
            return Verdict.Open($"\"{subject.Text}\" is not a person the story names");
        }
        var person = candidates[0].Person;
        _people.AddAlias(person, subject.Text);
        return new(person, $"\"{said}\": {subject.Text} taken as {_people.NameOf(person)}, whom the story was speaking of", 0.75);
    }

    /// <summary>A quote with no cue in its sentence: the quote before it in the paragraph, or one running on from the paragraph before.</summary>
    private Verdict FromContext(SentenceReading sentence, int quote, DraftQuote? previous, int previousSentence)
    {
        var paragraph = sentence.Paragraph;
        var isQuoteOnly = sentence.IsQuoteOnly;
        // A person named between the two ("… "Breaking Into Comics." Artist Jenn St-Onge told of it. "…"") may be the one now quoted.
        var personBetween = Enumerable.Range(previousSentence + 1, Math.Max(0, sentence.Index - previousSentence - 1))
            .Any(s => story.MentionsIn(s).Any(m => m.Person != previous?.Speaker));
        if (previous is not null && previous.BlockIndex == paragraph.BlockIndex && isQuoteOnly && !personBetween)
        {
            return previous.Speaker is { } same
                ? new(same, $"continues the quote before it in the paragraph ({_people.NameOf(same)})", Math.Min(previous.Confidence, 0.9))
                : previous.SourceKind is QuoteSourceKind.Organisation or QuoteSourceKind.Unnamed
                ? new(null, $"continues the quote before it in the paragraph ({previous.SourceName})", Math.Min(previous.Confidence, 0.85),
                    Kind: previous.SourceKind, Source: previous.SourceName)
                : Verdict.Open("it continues a quote that has no speaker either");
        }
        if (quote == 0 && SpeakerOfSentenceBefore(sentence) is { } before)
        {
            return before;
        }
        if (quote > 0 && sentence.Tokens[quote - 1].Is(":") && SpeakerLabel(sentence, quote - 1) is { } labelled)
        {
            return labelled;
        }
        if (quote > 0 && sentence.Tokens[quote - 1].Text is ":" or "," && !IsFragment(sentence, quote, sentence.Paragraph.Text[(sentence.Tokens[quote].Start + 1)..])
            && SubjectMention(sentence) is { } subject)
        {
            // "Mick Jagger of The Rolling Stones also reacted on Twitter, "…"": a whole quote the sentence's subject introduces.
            return new(subject.Person, $"introduced by its sentence's subject, {_people.NameOf(subject.Person)}", 0.75);
        }
        var opensParagraph = quote == 0 && sentence.Tokens[0].Start == 0;
        if (opensParagraph && IntroducedAbove(sentence) is { } introduced)
        {
            return introduced;
        }
        if (previous is null || !opensParagraph || previous.Speaker is not { } speaker)
        {
            return Verdict.Open("nothing in its sentence says who said it");
        }
        var previousParagraph = story.Sentences[previousSentence].Paragraph;
        var runsOn = previousParagraph.Spans.Count > 0 && !previousParagraph.Spans[^1].IsClosed;
        if (runsOn && previousParagraph.BlockIndex == PreviousTextBlock(sentence))
        {
            return new(speaker, $"the quote runs on from the paragraph before ({_people.NameOf(speaker)})", 0.9);
        }
        var paragraphHasCues = SentencesOf(sentence).Any(s => _cues[s.Index].Count > 0);
        if (isQuoteOnly && !paragraphHasCues && previousParagraph.BlockIndex == PreviousTextBlock(sentence)
            && QuotesEndParagraph(previousParagraph, previous))
        {
            return new(speaker, $"has no attribution of its own; it was given to {_people.NameOf(speaker)}, who is quoted at the end of the paragraph before",
                0.7, "continued-speaker");
        }
        return Verdict.Open("nothing in its sentence or paragraph says who said it");
    }

    /// <summary>
    /// "Secretary of State Marco Rubio: "…"", "Sen. Jim Banks (R-IN): "…"": a paragraph that opens with a label of
    /// capitalised words ending in a name, then a colon and the quotation, as round-ups of reactions and transcripts are
    /// laid out. A label with two names ("lawyers Ana Ruiz and Tom Berg") or none ("The Fogel Family") names no one
    /// person; a sentence before the colon (lower-case words) is no label at all.
    /// </summary>
    private Verdict? SpeakerLabel(SentenceReading sentence, int colon)
    {
        var tokens = sentence.Tokens;
        var end = colon;
        if (end > 0 && tokens[end - 1].Is(")"))
        {
            // "Sen. Jim Banks (R-IN):": the party and state in brackets follow the name.
            do
            {
                end--;
            }
            while (end > 0 && !tokens[end].Is("("));
        }
        if (end <= 0 || end > MaxLabel || tokens[0].Start != 0 || sentence.Index > 0 && story.Sentences[sentence.Index - 1].Paragraph == sentence.Paragraph)
        {
            return null;
        }
        for (var t = 0; t < end; t++)
        {
            if (!tokens[t].IsWord || (!tokens[t].IsCapitalised && !LabelWords.Contains(tokens[t].Text) && !IsRoleNoun(tokens[t].Text)))
            {
                return null;
            }
        }
        var runs = Names.Runs(tokens, 0, end);
        if (runs.Count == 0 || runs[^1].End != end)
        {
            return Verdict.NoOnePerson("the label before the colon names no person");
        }
        var (start, _) = runs[^1];
        if (start > 0 && tokens[start - 1].Is("and"))
        {
            return Verdict.NoOnePerson("the label before the colon names several people");
        }
        if (tokens[0].Is("the"))
        {
            return Verdict.NoOnePerson("the label before the colon names a group (\"The …\")");
        }
        var name = Names.Text(tokens, start, end);
        var resolution = _people.ResolveName(name);
        var titled = start > 0 && Lexicon.Titles.Contains(tokens[start - 1].Text);
        if (resolution.Person is null && !Names.IsPersonRun(tokens, 0, runs[^1]))
        {
            return Verdict.Open($"\"{name}:\" may not be a person's name");
        }
        int person;
        if (resolution.Person is { } known)
        {
            person = known;
        }
        else if (resolution.IsAmbiguous || (end - start < 2 && !titled))
        {
            return Verdict.Open(resolution.Problem ?? $"\"{name}\" is not a person the story names");
        }
        else
        {
            person = _people.Introduce(name, start > 0 ? Names.Text(tokens, 0, start) : null, titleFromQuote: false);
            story.MentionIntroduced(person);
            _people.Vote(person, Names.GenderOfGivenName(name));
        }
        story.AddMention(new(sentence.Index, start, person, IsSubject: true));
        return new(person, $"\"{name}:\" labels the quotation", 0.85);
    }

    /// <summary>The most words a label before a colon has: "Energy Fair Trade Coalition Executive Director Bret Manley".</summary>
    private const int MaxLabel = 14;

    private static readonly HashSet<string> LabelWords = Lexicon.Words("of for and the a an to at on in de van von da del");

    /// <summary>"lawyer", "lawyers": a role a label may give before the names.</summary>
    private static bool IsRoleNoun(string word) => Lexicon.RoleNouns.Contains(word) || (word.EndsWith('s') && Lexicon.RoleNouns.Contains(word[..^1]));

    /// <summary>"Sometimes heroics were needed, Hobbs said. "During …"": the sentence before, in the same paragraph, names the speaker.</summary>
    private Verdict? SpeakerOfSentenceBefore(SentenceReading sentence)
    {
        var i = sentence.Index - 1;
        if (i < 0 || story.Sentences[i].Paragraph != sentence.Paragraph)
        {
            return null;
        }
        var before = story.Sentences[i];
        var cues = _cues[i];
        if (cues.Count == 0 || before.Tokens.Any(t => t.Kind == TokenKind.Quote))
        {
            return null;
        }
        var verdicts = _verdicts[i];
        var people = verdicts.Where(v => v.Person is not null).Select(v => v.Person!.Value).Distinct().ToList();
        return people is [var person] && verdicts.All(v => v.Person is not null || !v.RulesOutPerson)
            ? new(person, $"{_people.NameOf(person)} is named as speaking in the sentence before", 0.85)
            : null;
    }

    /// <summary>"Nelson said in a statement:" closing the paragraph above introduces the quote that opens this one.</summary>
    private Verdict? IntroducedAbove(SentenceReading sentence)
    {
        var i = sentence.Index - 1;
        while (i >= 0 && story.Sentences[i].Paragraph == sentence.Paragraph)
        {
            i--;
        }
        if (i < 0 || story.Sentences[i].Paragraph.BlockIndex != PreviousTextBlock(sentence))
        {
            return null;
        }
        if (StatementFrom(story.Sentences[i]) is { } author)
        {
            return new(author, $"the paragraph before introduces a statement from {_people.NameOf(author)}", 0.85);
        }
        if (story.Sentences[i].Tokens is not [.., { Text: ":" }])
        {
            return null;
        }
        // "Congressman Steny H. Hoyer released the following statement today:": its subject's statement follows.
        if (story.Sentences[i].Tokens.Any(t => StatementNouns.Contains(t.Text)) && SubjectMention(story.Sentences[i]) is { } issuer)
        {
            return new(issuer.Person, $"the paragraph before, a statement of {_people.NameOf(issuer.Person)}'s, introduces it", 0.85);
        }
        var cues = _cues[i];
        var introducing = cues.Count > 0 ? _verdicts[i][^1] : null;
        return introducing?.Person is { } person
            ? new(person, $"introduced by \"{cues[^1].Subject.Text} {cues[^1].VerbText}:\" at the end of the paragraph before", 0.9)
            : null;
    }

    /// <summary>"The following is a statement from NASA Administrator Bill Nelson on …": the statement's author.</summary>
    private int? StatementFrom(SentenceReading sentence)
    {
        var tokens = sentence.Tokens;
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (StatementNouns.Contains(tokens[t].Text) && (tokens[t + 1].Is("from") || tokens[t + 1].Is("by")))
            {
                var mention = story.MentionsIn(sentence.Index).FirstOrDefault(m => m.Token > t + 1 && m.Token <= t + 6);
                return mention?.Person;
            }
        }
        return null;
    }

    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase) { "statement", "remarks", "message", "tribute" };

    private int PreviousTextBlock(SentenceReading sentence)
    {
        var i = sentence.Index - 1;
        while (i >= 0 && story.Sentences[i].Paragraph == sentence.Paragraph)
        {
            i--;
        }
        return i >= 0 ? story.Sentences[i].Paragraph.BlockIndex : -1;
    }

    /// <summary>The sentences of a sentence's paragraph, which stand together in the story.</summary>
    private IEnumerable<SentenceReading> SentencesOf(SentenceReading sentence)
    {
        var first = sentence.Index;
        while (first > 0 && story.Sentences[first - 1].Paragraph == sentence.Paragraph)
        {
            first--;
        }
        for (var i = first; i < story.Sentences.Count && story.Sentences[i].Paragraph == sentence.Paragraph; i++)
        {
            yield return story.Sentences[i];
        }
    }

    private static bool QuotesEndParagraph(ParagraphReading paragraph, DraftQuote last) =>
        last.BlockIndex == paragraph.BlockIndex && paragraph.Text[(last.Offset + last.Text.Length)..].Count(char.IsLetter) < 60;

    /// <summary>A quote is a whole utterance when nothing but its introduction comes before it in the sentence.</summary>
    private static bool IsFragment(SentenceReading sentence, int quote, string text)
    {
        if (char.IsLower(text.TrimStart().FirstOrDefault()))
        {
            return true;
        }
        var tokens = sentence.Tokens;
        var i = quote - 1;
        if (i < 0 || tokens[i].Is(":") || tokens[i].Kind == TokenKind.Quote)
        {
            return false;
        }
        if (tokens[i].Is(","))
        {
            i--;
        }
        return i >= 0 && !(tokens[i].IsWord && Lexicon.ReportingVerbs.Contains(tokens[i].Text)) && tokens[i].Kind != TokenKind.Quote;
    }

    /// <summary>
    /// "the word "pandemic"", "a programme called "Learning Together"", "the "House" series": a word or a name, not
    /// words spoken.
    /// </summary>
    private static bool IsMentionedWord(IReadOnlyList<Token> tokens, int quote, string text)
    {
        // "Vance said on "Fox News Sunday"": a programme's title, its words capitalised, after speaking "on".
        if (quote >= 2 && tokens[quote - 1].Is("on") && tokens[quote - 2].IsWord
            && (Lexicon.ReportingVerbs.Contains(tokens[quote - 2].Text) || Lexicon.IssuedNouns.Contains(tokens[quote - 2].Text) || tokens[quote - 2].Is("appeared"))
            && IsTitleCase(text))
        {
            return true;
        }
        if (quote + 1 < tokens.Count && tokens[quote + 1].IsWord && Lexicon.WorkNouns.Contains(tokens[quote + 1].Text))
        {
            return true;
        }
        if (quote >= 2 && NamingVerbs.Contains(tokens[quote - 1].Text) && IsThingNoun(tokens[quote - 2]))
        {
            return true;
        }
        var before = quote - 1;
        if (before >= 0 && tokens[before].Is("the") && before > 0)
        {
            before--;
        }
        return before >= 0 && tokens[before].IsWord && Lexicon.MentionNouns.Contains(tokens[before].Text);
    }

    /// <summary>"Fox News Sunday", "Meet the Press", "60 Minutes": a few words, each capitalised but the little ones, with no sentence's stop.</summary>
    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6 && !text.TrimEnd().EndsWith(['.', ',', '?', '!', ';', ':'])
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleSmallWords.Contains(w)) && !TitleSmallWords.Contains(words[0]);
    }

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal) { "the", "of", "and", "a", "an", "in", "on", "for", "to", "with", "at" };

    /// <summary>"One of the victims decided …", "A spokeswoman for the firm …": a sentence about someone the story does not name.</summary>
    private static bool OpensWithUnnamedPerson(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 2 || !tokens[0].IsWord || !Lexicon.UnnamedDeterminers.Contains(tokens[0].Text))
        {
            return false;
        }
        if (tokens[0].Is("one") && tokens[1].Is("of"))
        {
            return true;
        }
        for (var i = 1; i < Math.Min(tokens.Count, 4); i++)
        {
            var word = tokens[i].Bare;
            if (tokens[i].IsWord && (Lexicon.RoleNouns.Contains(word) || Lexicon.FemaleNouns.Contains(word) || Lexicon.MaleNouns.Contains(word)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A common noun for a thing, not a person or a pronoun: "process", "law", "programme".</summary>
    private static bool IsThingNoun(Token token) =>
        token.IsWord && !token.IsCapitalised && !Lexicon.RoleNouns.Contains(token.Bare) && !Lexicon.FunctionWords.Contains(token.Text)
        && !Lexicon.MalePronouns.Contains(token.Text) && !Lexicon.FemalePronouns.Contains(token.Text) && !Lexicon.PluralPronouns.Contains(token.Text);

    /// <summary>True unless the text, or failing it the given name, says the person is of the other sex.</summary>
    private bool MayBe(int person, Gender gender) => _people.GenderOf(person) switch
    {
        Gender.Unknown => Names.GenderOfGivenName(_people.NameOf(person)) != Opposite(gender),
        var known => known == gender,
    };

    private static Gender Opposite(Gender gender) => gender == Gender.Male ? Gender.Female : Gender.Male;

    /// <summary>
    /// The source a rule found (a person, or an organisation's name or an unnamed source's description in
    /// <see cref="Source"/>), why, and how sure it is; a note asks the editor to check.
    /// </summary>
    private sealed record Verdict(int? Person, string Reason, double Confidence, string? Note = null,
        QuoteSourceKind Kind = QuoteSourceKind.Person, string? Source = null)
    {
        /// <summary>True when a rule found that no single person spoke (not merely that it found nobody).</summary>
        public bool RulesOutPerson => Kind is QuoteSourceKind.Organisation or QuoteSourceKind.Unnamed || _noOnePerson;

        private bool _noOnePerson;

        public static Verdict Open(string reason) => new(null, reason, 0, Kind: QuoteSourceKind.Open);

        /// <summary>Several people, a passive, an unnamed body: open for the editor, but surely not one person the story names.</summary>
        public static Verdict NoOnePerson(string reason) => new(null, reason, 0, Kind: QuoteSourceKind.Open) { _noOnePerson = true };

        public static Verdict Unnamed(string description, string reason) => new(null, reason, 0.85, Kind: QuoteSourceKind.Unnamed, Source: description);

        public static Verdict NotSpeech(string reason) => new(null, reason, 0.9, Kind: QuoteSourceKind.NotSpeech);
    }
}
