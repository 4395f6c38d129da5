using System.Text.RegularExpressions;
using Portal.Data.Articles;

namespace Portal.Web.Imports;

/// <summary>
/// Turns plain wire copy into a draft: blocks, the people it names, every quotation with its speaker,
/// and the credit chain of every photo. It never throws on odd input and never guesses silently:
/// whatever it cannot settle comes back as a problem for an editor.
/// </summary>
public static partial class WireParser
{
    public const int MaxTextLength = 200_000;

    /// <summary>The confidence below which the importer names no speaker and leaves the quote for an editor.</summary>
    public const double SpeakerThreshold = Attributor.Threshold;
    private const int SuggestedHeadlineLength = 110;

    public static WireDraft Parse(string? text, string? headline, IEnumerable<KnownPerson> knownPeople)
    {
        var problems = new List<ImportProblem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new("empty", "The text is empty: paste the story's paragraphs.", IsError: true));
            return new(headline?.Trim() ?? "", null, [], [], [], problems);
        }
        if (text.Length > MaxTextLength)
        {
            problems.Add(new("too-long",
                $"The text has {text.Length:N0} characters; a story may have at most {MaxTextLength:N0}.", IsError: true));
            return new(headline?.Trim() ?? "", null, [], [], [], problems);
        }

        var blocks = WireBlocks.Split(text, problems);
        var (dateline, byline) = TakeHeader(blocks);
        CheckLengths(blocks, problems);

        var people = new PeopleRegistry(knownPeople);
        var paragraphs = blocks
            .Select((block, index) => block.IsFigure ? null : ParagraphReading.Read(index, block.Text!, problems))
            .ToList();
        foreach (var paragraph in paragraphs.OfType<ParagraphReading>())
        {
            PeopleFinder.Find(paragraph.Text, paragraph.Spans, people);
        }
        var quotes = new Attributor(new StoryReading(paragraphs.OfType<ParagraphReading>(), people), problems).Attribute();

        return new(
            ChooseHeadline(headline, blocks, problems),
            dateline,
            blocks,
            MentionedPeople(people, paragraphs.OfType<ParagraphReading>(), quotes, out var quoteSpeakers),
            quotes.Select(q => q with { Speaker = q.Speaker is { } s ? quoteSpeakers[s] : null }).ToList(),
            problems) { Byline = byline };
    }

    /// <summary>
    /// Takes what heads the copy off its first paragraphs: a byline paragraph ("By Jane Smith"), then a dateline
    /// ("NEW YORK, May 31 (Kyodo) --"), whose agency joins the byline. A story of only a byline keeps it as text.
    /// </summary>
    private static (string? Dateline, IReadOnlyList<string> Byline) TakeHeader(List<DraftBlock> blocks)
    {
        var first = blocks.FindIndex(b => !b.IsFigure);
        if (first < 0)
        {
            return (null, []);
        }
        var byline = new List<string>();
        if (WireBlocks.BylineNames(blocks[first].Text!) is { } names && blocks.FindIndex(first + 1, b => !b.IsFigure) is var next and >= 0)
        {
            byline.AddRange(names);
            blocks.RemoveAt(first);
            first = next - 1;
        }
        var (dateline, agency, rest) = WireBlocks.TakeDateline(blocks[first].Text!);
        blocks[first] = DraftBlock.Paragraph(rest);
        if (agency is not null && !byline.Contains(agency, StringComparer.OrdinalIgnoreCase))
        {
            byline.Add(agency);
        }
        return (dateline, byline);
    }

    private static void CheckLengths(List<DraftBlock> blocks, List<ImportProblem> problems)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text is { Length: > ArticleBlock.TextMaxLength } paragraph)
            {
                problems.Add(new("paragraph-too-long",
                    $"A paragraph has {paragraph.Length:N0} characters; at most {ArticleBlock.TextMaxLength:N0} fit. Split it with a blank line.",
                    i + 1, IsError: true));
            }
            if (blocks[i].Caption is { Length: > Data.Credits.Image.CaptionMaxLength })
            {
                problems.Add(new("caption-too-long",
                    $"A caption is longer than {Data.Credits.Image.CaptionMaxLength:N0} characters.", i + 1, IsError: true));
            }
            if (blocks[i].Credit.FirstOrDefault(a => a.Length > Data.Credits.Agency.NameMaxLength) is { } agency)
            {
                problems.Add(new("agency-too-long",
                    $"The agency name \"{WireBlocks.Shorten(agency)}\" is longer than {Data.Credits.Agency.NameMaxLength} characters.",
                    i + 1, IsError: true));
            }
        }
    }

    private static string ChooseHeadline(string? headline, List<DraftBlock> blocks, List<ImportProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(headline))
        {
            return headline.Trim();
        }
        var lead = blocks.FirstOrDefault(b => !b.IsFigure)?.Text ?? blocks.FirstOrDefault()?.Caption ?? "";
        var suggestion = lead.Length <= SuggestedHeadlineLength
            ? lead
            : string.Concat(lead.AsSpan(0, lead.LastIndexOf(' ', SuggestedHeadlineLength) is var cut and > 0 ? cut : SuggestedHeadlineLength), "…");
        problems.Add(new("headline-suggested", "No headline was given; one was taken from the first paragraph. Write a better one."));
        return suggestion;
    }

    /// <summary>
    /// The people the story mentions, in the order the text first names them, with quote speakers
    /// renumbered into that list.
    /// </summary>
    private static List<DraftPerson> MentionedPeople(
        PeopleRegistry people, IEnumerable<ParagraphReading> paragraphs, List<DraftQuote> quotes, out Dictionary<int, int> renumbered)
    {
        var text = paragraphs.ToList();
        var speakers = quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Value).ToHashSet();
        var words = text.SelectMany(p => Words(p.Text)).ToHashSet(StringComparer.Ordinal);
        var mentioned = new List<(int Index, PeopleRegistry.Entry Person, (int Block, int Offset) At)>();
        foreach (var (index, person) in people.All())
        {
            // Only names whose every word is a word of the text are searched for: the store may know thousands of
            // people, and scanning the whole text for each of them made a long story's import quadratic.
            var names = person.Aliases.Append(person.Name).Where(name => Words(name).All(words.Contains)).ToList();
            var at = names.Count == 0 ? null : FirstMention(text, names);
            if (at is not null || speakers.Contains(index))
            {
                mentioned.Add((index, person, at ?? (int.MaxValue, 0)));
            }
        }
        var ordered = mentioned.OrderBy(m => m.At).ToList();
        renumbered = ordered.Select((m, position) => (m.Index, position)).ToDictionary(x => x.Index, x => x.position);
        return ordered
            .Select(m => new DraftPerson(m.Person.ExistingId, m.Person.Name, m.Person.Title, m.Person.Aliases.Order().ToList()))
            .ToList();
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static (int Block, int Offset)? FirstMention(List<ParagraphReading> paragraphs, List<string> names)
    {
        foreach (var paragraph in paragraphs)
        {
            var offsets = names.Select(n => paragraph.Text.IndexOf(n, StringComparison.Ordinal)).Where(o => o >= 0).ToList();
            if (offsets.Count > 0)
            {
                return (paragraph.BlockIndex, offsets.Min());
            }
        }
        return null;
    }
}
