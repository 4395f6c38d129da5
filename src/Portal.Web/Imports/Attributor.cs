using Portal.Data.Quotes;

namespace Portal.Web.Imports;

/// <summary>
/// Gives each quotation its speaker, in reading order. A sentence's attribution covers its quotes;
/// a quote in a sentence without one takes the paragraph's single speaker; a pronoun or a role
/// description ("the top U.S. diplomat") continues the most recent speaker. Anything less certain is
/// left unattributed, with a problem that says why.
/// </summary>
internal sealed class Attributor(PeopleRegistry people, List<ImportProblem> problems)
{
    private int? _lastSpeaker;

    public List<DraftQuote> Attribute(IEnumerable<ParagraphReading> paragraphs)
    {
        var quotes = new List<DraftQuote>();
        int? previousParagraphSpeaker = null;
        foreach (var paragraph in paragraphs)
        {
            var sentences = paragraph.Sentences.Select(s => ReadSentence(paragraph, s)).ToList();
            var paragraphSpeakers = sentences.Where(s => s.Speaker is not null).Select(s => s.Speaker!.Value).Distinct().ToList();
            var hasAttribution = sentences.Any(s => s.HasClause);
            var quoteSpeakers = new List<int?>();

            foreach (var span in paragraph.Spans)
            {
                var text = span.TextOf(paragraph.Text);
                if (text.Trim().Length == 0)
                {
                    problems.Add(new("empty-quote", "A pair of quotation marks holds no words; it was skipped.", paragraph.BlockIndex + 1));
                    continue;
                }
                if (text.Length > Quote.TextMaxLength)
                {
                    problems.Add(new("quote-too-long",
                        $"A quotation is longer than {Quote.TextMaxLength:N0} characters; check its quotation marks.",
                        paragraph.BlockIndex + 1, IsError: true));
                    continue;
                }
                var range = paragraph.SentenceOf(span);
                var sentence = sentences[paragraph.Sentences.ToList().IndexOf(range)];
                var speaker = sentence.Speaker;
                if (speaker is null && !sentence.HasClause)
                {
                    speaker = FromContext(paragraph, span, paragraphSpeakers, hasAttribution, previousParagraphSpeaker, text);
                }
                else if (speaker is null)
                {
                    Unattributed(paragraph, text, sentence.Problem!);
                }
                quoteSpeakers.Add(speaker);
                var prefix = paragraph.Masked[range.Start.Value..span.Open].Trim();
                var isFragment = !SpeechClauses.IntroducesFullQuote(prefix) || char.IsLower(text.TrimStart().FirstOrDefault());
                quotes.Add(new(paragraph.BlockIndex, span.TextStart, text, isFragment, speaker));
            }
            var distinct = quoteSpeakers.Distinct().ToList();
            previousParagraphSpeaker = distinct is [{ } only] ? only : null;
        }
        return quotes;
    }

    private int? FromContext(ParagraphReading paragraph, QuotedSpan span, List<int> paragraphSpeakers, bool hasAttribution,
        int? previousParagraphSpeaker, string text)
    {
        if (paragraphSpeakers is [var single])
        {
            return single;
        }
        if (paragraphSpeakers.Count > 1)
        {
            Unattributed(paragraph, text, "the paragraph quotes more than one speaker");
            return null;
        }
        // A paragraph that is all quotation, straight after one speaker's quotes, continues that speaker.
        if (!hasAttribution && span.Open == 0 && previousParagraphSpeaker is { } previous)
        {
            problems.Add(new("continued-speaker",
                $"\"{WireBlocks.Shorten(text)}\" has no attribution of its own; it was given to {people.NameOf(previous)}, " +
                "who is quoted in the paragraph before. Check it.", paragraph.BlockIndex + 1));
            return previous;
        }
        Unattributed(paragraph, text, "nothing in the sentence or paragraph says who said it");
        return null;
    }

    private void Unattributed(ParagraphReading paragraph, string text, string why) =>
        problems.Add(new("unattributed-quote", $"\"{WireBlocks.Shorten(text)}\" was left without a speaker: {why}.", paragraph.BlockIndex + 1));

    private SentenceSpeaker ReadSentence(ParagraphReading paragraph, Range sentence)
    {
        var clauses = SpeechClauses.Find(paragraph.Masked[sentence]);
        var speakers = new List<int>();
        var reasons = new List<string>();
        foreach (var clause in clauses)
        {
            var (person, reason) = Resolve(clause);
            if (person is { } p)
            {
                speakers.Add(p);
                _lastSpeaker = p;
            }
            else
            {
                reasons.Add(reason!);
            }
        }
        var distinct = speakers.Distinct().ToList();
        return distinct switch
        {
            [var one] => new(one, true, null),
            [] => new(null, clauses.Count > 0, string.Join("; ", reasons)),
            _ => new(null, true, $"the sentence names more than one speaker ({string.Join(", ", distinct.Select(people.NameOf))})"),
        };
    }

    private (int? Person, string? Reason) Resolve(SpeechClause clause)
    {
        switch (clause.Form)
        {
            case SpeakerForm.Pronoun:
                return _lastSpeaker is { } last ? (last, null) : (null, $"\"{clause.Reference}\" has no earlier speaker to refer to");
            case SpeakerForm.Plural:
                return (null, $"\"{clause.Reference}\" refers to several people");
            case SpeakerForm.Description:
                if (people.FindAlias(clause.Reference) is { } known)
                {
                    return (known, null);
                }
                if (PeopleFinder.IsRoleDescription(clause.Reference) && _lastSpeaker is { } continued)
                {
                    people.AddAlias(continued, clause.Reference);
                    return (continued, null);
                }
                return (null, $"\"{clause.Reference}\" is not a person the story names");
            default:
                return ResolveName(clause.Reference);
        }
    }

    private (int? Person, string? Reason) ResolveName(string run)
    {
        var resolution = people.ResolveName(run);
        if (resolution.Person is { } person)
        {
            people.AddAlias(person, resolution.Matched);
            return (person, null);
        }
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (resolution.IsAmbiguous || words.Length is < 2 or > 3 || run.Contains('.') || !PeopleFinder.LooksLikePersonName(run))
        {
            return (null, resolution.Problem);
        }
        problems.Add(new("new-person-without-title",
            $"{run} is quoted but the text gives no title for them; a new person was proposed. Check the name."));
        return (people.Introduce(run, title: null, titleFromQuote: false), null);
    }

    private sealed record SentenceSpeaker(int? Speaker, bool HasClause, string? Problem);
}
