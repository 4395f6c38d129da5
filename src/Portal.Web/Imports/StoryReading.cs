namespace Portal.Web.Imports;

/// <summary>One sentence of a story: its tokens, and where it stands.</summary>
internal sealed record SentenceReading(int Index, ParagraphReading Paragraph, int ParagraphNumber, IReadOnlyList<Token> Tokens)
{
    private List<(int Start, int End)>? _nameRuns;

    /// <summary>True when the sentence holds nothing but quotations and punctuation.</summary>
    public bool IsQuoteOnly => Tokens.All(t => t.Kind != TokenKind.Word);

    /// <summary>The sentence's runs of name words, read once for every step that looks for people in it.</summary>
    public IReadOnlyList<(int Start, int End)> NameRuns => _nameRuns ??= Names.Runs(Tokens, 0, Tokens.Count);

    public QuotedSpan SpanAt(Token quote)
    {
        var spans = Paragraph.Spans;
        int low = 0, high = spans.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Open < quote.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return spans[low];
    }
}

/// <summary>A place where the story refers to a person by name, outside quotations.</summary>
internal sealed record Mention(int Sentence, int Token, int Person, bool IsSubject);

/// <summary>
/// The whole story read once, in order: sentences as tokens, the people it introduces, and every mention of
/// them with the sex the text gives them, so that a pronoun or a role can find who it means.
/// </summary>
internal sealed class StoryReading
{
    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<int, List<Mention>> _bySentence = [];

    public StoryReading(IEnumerable<ParagraphReading> paragraphs, PeopleRegistry people)
    {
        People = people;
        var number = 0;
        foreach (var paragraph in paragraphs)
        {
            var tokens = Tokens.Read(paragraph.Masked, paragraph.Spans);
            Tokens.MarkNicknames(tokens, paragraph.Text);
            var next = 0;
            foreach (var range in paragraph.Sentences)
            {
                var start = next;
                while (next < tokens.Count && tokens[next].Start < range.End.Value)
                {
                    next++;
                }
                if (next > start)
                {
                    Sentences.Add(new(Sentences.Count, paragraph, number, tokens.GetRange(start, next - start)));
                }
            }
            number++;
        }
        foreach (var sentence in Sentences)
        {
            IntroduceNamedPeople(sentence);
            RecordFullNames(sentence);
        }
        foreach (var sentence in Sentences)
        {
            FindMentions(sentence);
        }
        LearnGenders();
    }

    public List<SentenceReading> Sentences { get; } = [];

    public PeopleRegistry People { get; }

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The mention that starts at a token of a sentence, if any.</summary>
    public Mention? MentionAt(int sentence, int token) => MentionsIn(sentence).FirstOrDefault(m => m.Token == token);

    /// <summary>A sentence's mentions, in the order of their tokens.</summary>
    public IReadOnlyList<Mention> MentionsIn(int sentence) => _bySentence.TryGetValue(sentence, out var mentions) ? mentions : [];

    /// <summary>Records that a sentence speaks of a person, as an attribution resolved through a pronoun or role does.</summary>
    public void AddMention(Mention mention)
    {
        var at = _mentions.FindLastIndex(m => (m.Sentence, m.Token).CompareTo((mention.Sentence, mention.Token)) <= 0);
        _mentions.Insert(at + 1, mention);
        Index(mention);
    }

    private void Index(Mention mention)
    {
        if (!_bySentence.TryGetValue(mention.Sentence, out var mentions))
        {
            _bySentence[mention.Sentence] = mentions = [];
        }
        var at = mentions.FindLastIndex(m => m.Token <= mention.Token);
        mentions.Insert(at + 1, mention);
    }

    /// <summary>
    /// People a run of capitals names without a title, when the run itself shows it is a person: a known given
    /// name ("Elon Musk"), a role noun before it ("billionaire Elon Musk") or an age after it ("James Ford, 42,").
    /// </summary>
    private void IntroduceNamedPeople(SentenceReading sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var (start, end) in sentence.NameRuns)
        {
            var length = end - start;
            if (length is < 2 or > 4)
            {
                continue;
            }
            var name = Names.Text(tokens, start, end);
            var byGivenName = Names.GenderOfGivenName(name) != Gender.Unknown;
            var byRole = start > 0 && tokens[start - 1].IsWord && Lexicon.RoleNouns.Contains(tokens[start - 1].Text);
            var byAge = end + 2 < tokens.Count && tokens[end].Is(",") && tokens[end + 1].IsWord && tokens[end + 1].Text.All(char.IsDigit);
            // "Doris Day Show" is not a second person when "Doris Day" is already one.
            var extendsKnownName = length > 2 && People.ResolveName(Names.Text(tokens, start, end - 1)).Person is not null;
            if ((byGivenName || byRole || byAge) && !extendsKnownName && People.ResolveName(name).Person is null)
            {
                People.Introduce(name, title: null, titleFromQuote: false);
            }
        }
    }

    /// <summary>
    /// Sentences that name somebody the story does not know as a person ("ask Josep Maria what he's thinking"):
    /// a pronoun after them may mean that somebody.
    /// </summary>
    public HashSet<int> SentencesNamingStrangers { get; } = [];

    /// <summary>Full names that look like a person's, by their last word, each first name with the sentence it is first written in.</summary>
    private readonly Dictionary<string, List<(int Sentence, string Name)>> _fullNamesBySurname = new(StringComparer.Ordinal);

    /// <summary>
    /// The full names the story wrote before a sentence that end in this surname ("Katherine Etchison" for "said
    /// Etchison"), one for each first name: "Donald J. Trump" and "Donald Trump" are one, "Hank Weldon" and "Ruth
    /// Weldon" two.
    /// </summary>
    public List<string> FullNamesBefore(string surname, int sentence) =>
        _fullNamesBySurname.TryGetValue(surname, out var found) ? found.Where(f => f.Sentence < sentence).Select(f => f.Name).ToList() : [];

    private void RecordFullNames(SentenceReading sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var (start, end) in sentence.NameRuns)
        {
            var name = Names.Text(tokens, start, end);
            if (end - start is 2 or 3 && !tokens[end - 1].IsPossessive && Names.IsPersonName(tokens, start, end))
            {
                var surname = tokens[end - 1].Bare;
                if (!_fullNamesBySurname.TryGetValue(surname, out var names))
                {
                    _fullNamesBySurname[surname] = names = [];
                }
                // Only where each first name is first written: the lists stay as short as the story's namesakes.
                var firstName = tokens[start].Text;
                if (!names.Exists(n => n.Name.StartsWith(firstName + " ", StringComparison.Ordinal)))
                {
                    names.Add((sentence.Index, name));
                }
            }
        }
    }

    /// <summary>Runs of name words no person answered to when the story was read, by their last word: a person the attribution introduces later may.</summary>
    private readonly Dictionary<string, List<(int Sentence, int Start, int End, bool Stranger)>> _unresolvedByLastWord = new(StringComparer.Ordinal);

    /// <summary>How many runs that look like a stranger's name each sentence of <see cref="SentencesNamingStrangers"/> holds.</summary>
    private readonly Dictionary<int, int> _strangers = [];

    /// <summary>
    /// Records where the story names a person the attribution has just introduced ("Tak-Sing Wong said …" makes the
    /// later "Wong has started a company" a mention of them, which a "he" after it may refer to). A sentence whose
    /// stranger this was names no stranger any more.
    /// </summary>
    public void MentionIntroduced(int person)
    {
        var surname = People[person].Name.Split(' ')[^1];
        if (!_unresolvedByLastWord.TryGetValue(surname, out var runs))
        {
            return;
        }
        foreach (var run in runs.ToList())
        {
            var (sentence, start, end, stranger) = run;
            var tokens = Sentences[sentence].Tokens;
            if (People.ResolveName(Names.Text(tokens, start, end)).Person != person)
            {
                continue;
            }
            runs.Remove(run);
            if (MentionAt(sentence, start) is not null)
            {
                continue;
            }
            var afterPreposition = start > 0 && tokens[start - 1].IsWord && Lexicon.Prepositions.Contains(tokens[start - 1].Text);
            AddMention(new(sentence, start, person, !MentionsIn(sentence).Any(m => m.Token < start) && !afterPreposition));
            if (stranger && --_strangers[sentence] == 0)
            {
                SentencesNamingStrangers.Remove(sentence);
            }
        }
    }

    private void FindMentions(SentenceReading sentence)
    {
        var tokens = sentence.Tokens;
        var first = true;
        foreach (var (start, end) in sentence.NameRuns)
        {
            var name = Names.Text(tokens, start, end);
            var resolution = People.ResolveName(name);
            if (resolution.Person is not { } person)
            {
                var stranger = !resolution.IsAmbiguous && end - start >= 2 && Names.IsPersonName(tokens, start, end);
                if (stranger)
                {
                    SentencesNamingStrangers.Add(sentence.Index);
                    _strangers[sentence.Index] = _strangers.GetValueOrDefault(sentence.Index) + 1;
                }
                if (!resolution.IsAmbiguous)
                {
                    var last = tokens[end - 1].Bare;
                    if (!_unresolvedByLastWord.TryGetValue(last, out var runs))
                    {
                        _unresolvedByLastWord[last] = runs = [];
                    }
                    runs.Add((sentence.Index, start, end, stranger));
                }
                continue;
            }
            // "Speaking to Martin Smith of PBS, he said": a name after a preposition is not the sentence's subject.
            var afterPreposition = start > 0 && tokens[start - 1].IsWord && Lexicon.Prepositions.Contains(tokens[start - 1].Text);
            var mention = new Mention(sentence.Index, start, person, first && !afterPreposition);
            _mentions.Add(mention);
            Index(mention);
            first = false;
            People.Vote(person, Names.GenderBefore(tokens, start));
        }
    }

    /// <summary>
    /// A sentence that names one person and then refers back with he/his or she/her gives that person's sex;
    /// so does the next sentence when it opens with the pronoun and names nobody before it.
    /// </summary>
    private void LearnGenders()
    {
        foreach (var (index, person) in People.All())
        {
            People.Vote(index, Names.GenderOfGivenName(person.Name));
        }
        foreach (var (sentence, mentions) in _bySentence)
        {
            if (mentions.Select(m => m.Person).Distinct().Count() != 1)
            {
                continue;
            }
            var person = mentions[0].Person;
            var tokens = Sentences[sentence].Tokens;
            People.Vote(person, PronounGender(tokens, mentions[0].Token + 1, tokens.Count));
            if (sentence + 1 < Sentences.Count && Sentences[sentence + 1].ParagraphNumber - Sentences[sentence].ParagraphNumber <= 1)
            {
                var next = Sentences[sentence + 1].Tokens;
                var firstMention = _bySentence.TryGetValue(sentence + 1, out var later) ? later[0].Token : next.Count;
                if (next.Count > 0 && next[0].IsWord && firstMention > 0)
                {
                    People.Vote(person, PronounGender(next, 0, 1));
                }
            }
        }
    }

    private static Gender PronounGender(IReadOnlyList<Token> tokens, int from, int to)
    {
        var male = false;
        var female = false;
        for (var i = from; i < to; i++)
        {
            male |= tokens[i].IsWord && Lexicon.MalePronouns.Contains(tokens[i].Text);
            female |= tokens[i].IsWord && Lexicon.FemalePronouns.Contains(tokens[i].Text);
        }
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }
}
