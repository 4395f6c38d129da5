using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Web.Articles;

namespace Portal.Web.Imports;

/// <summary>
/// Cuts wire copy into blocks: paragraphs are separated by blank lines; a figure is a caption line
/// in parentheses followed by a credit line in brackets whose agencies are separated by slashes, or a
/// line <c>{photo 42: caption [credit]}</c> naming a photo in the library.
/// </summary>
internal static partial class WireBlocks
{
    public static List<DraftBlock> Split(string text, List<ImportProblem> problems)
    {
        var blocks = new List<DraftBlock>();
        var paragraph = new List<string>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                // Lines join with a space and tabs become spaces; spaces the copy doubled stay, so quoted words stay verbatim.
                blocks.Add(DraftBlock.Paragraph(OtherWhitespace().Replace(string.Join(' ', paragraph), " ")));
                paragraph.Clear();
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                EndParagraph();
                continue;
            }
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            if (PhotoReference().Match(line) is { Success: true } reference)
            {
                EndParagraph();
                blocks.Add(DraftBlock.Photo(int.Parse(reference.Groups["id"].Value, CultureInfo.InvariantCulture)));
                continue;
            }
            if (IsWrapped(line, '(', ')') && !IsSignOff(line))
            {
                EndParagraph();
                if (IsWrapped(next, '[', ']'))
                {
                    blocks.Add(DraftBlock.Figure(Unwrap(line), ParseCredit(next, blocks.Count + 1, problems)));
                    i++;
                }
                else
                {
                    blocks.Add(DraftBlock.Figure(Unwrap(line), []));
                    problems.Add(new("caption-without-credit",
                        $"The caption \"{Shorten(Unwrap(line))}\" has no [credit] line under it; the photo needs a credit.",
                        blocks.Count));
                }
                continue;
            }
            if (IsWrapped(line, '[', ']'))
            {
                EndParagraph();
                blocks.Add(DraftBlock.Figure("", ParseCredit(line, blocks.Count + 1, problems)));
                problems.Add(new("credit-without-caption",
                    $"The credit line {line} has no (caption) line above it; the photo needs a caption.", blocks.Count));
                continue;
            }
            paragraph.Add(line);
        }
        EndParagraph();
        return blocks;
    }

    /// <summary>
    /// Reads a leading wire dateline such as "NEW YORK, May 31 (Kyodo) -- " off the first paragraph.
    /// Returns the place in ordinary capitals, the agency the dateline names (null when none) and the paragraph without the dateline.
    /// </summary>
    public static (string? Dateline, string? Agency, string Paragraph) TakeDateline(string paragraph)
    {
        var match = Dateline().Match(paragraph);
        if (!match.Success)
        {
            return (null, null, paragraph);
        }
        var place = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["place"].Value.Trim().ToLowerInvariant());
        var agency = match.Groups["agency"].Success ? Whitespace().Replace(match.Groups["agency"].Value, " ").Trim() : null;
        return (place, agency, paragraph[match.Length..]);
    }

    /// <summary>
    /// The names of a byline paragraph, "By Jane Smith and John Doe" or "By Matthew Lee, Associated Press"; null when the
    /// paragraph is not one (a sentence, such as "By noon the river had risen", has lower-case words or ends in a stop).
    /// </summary>
    public static IReadOnlyList<string>? BylineNames(string paragraph)
    {
        var match = Byline().Match(paragraph.Trim());
        var names = match.Groups["names"].Value.Split([",", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return match.Success && names.Length <= ArticleInput.MaxBylineNames
            && names.All(name => name.Length <= ArticleByline.NameMaxLength && !Lexicon.TimeNames.Contains(name)) ? names : null;
    }

    public static string Shorten(string text, int max = 60) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max).TrimEnd(), "…");

    private static List<string> ParseCredit(string line, int block, List<ImportProblem> problems)
    {
        var credit = new List<string>();
        var inside = CreditLabel().Replace(Unwrap(line), "");
        foreach (var part in inside.Split(CreditChain.WireSeparator, StringSplitOptions.TrimEntries))
        {
            var agency = Whitespace().Replace(part, " ");
            if (agency.Length == 0)
            {
                problems.Add(new("empty-agency", $"The credit {line} has an empty agency name between slashes.", block));
            }
            else if (credit.Contains(agency, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new("repeated-agency", $"The credit {line} names {agency} twice; it is kept once.", block));
            }
            else
            {
                credit.Add(agency);
            }
        }
        return credit;
    }

    private static bool IsWrapped(string line, char open, char close) =>
        line.Length >= 2 && line[0] == open && line[^1] == close && line.IndexOf(close) == line.Length - 1;

    private static string Unwrap(string line) => line[1..^1].Trim();

    // "(Reporting by ...; Editing by ...)" closes much agency copy: it is text, not a photo caption.
    private static bool IsSignOff(string line) => SignOff().IsMatch(line);

    /// <summary>
    /// How the body names a library photo, and how <see cref="PhotoReference"/> reads it back: <c>{photo 42: caption
    /// [credit]}</c>. What follows the colon only shows the editor which photo it is; the photo's own fields hold it.
    /// </summary>
    public static string PhotoLine(Image photo) =>
        $"{{photo {photo.Id}: {Whitespace().Replace(photo.Caption, " ").Replace('}', ')')} [{photo.CreditLine}]}}";

    [GeneratedRegex(@"^\{\s*photo\s+(?<id>[1-9][0-9]{0,8})\s*(?::.*)?\}$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Capitalised words (initials, particles such as "de" or "van" inside a name) joined by commas, "and" or "&"; at most 120 characters.
    [GeneratedRegex(@"^By\s+(?<names>(?=.{1,120}$)\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|la|le|bin|al-\p{Lu}[\p{L}'’-]*))*)$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"[^\S ]+")]
    private static partial Regex OtherWhitespace();

    [GeneratedRegex(@"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:photos?|credit|pictures?)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    // "NEW YORK, May 31 (Kyodo) --", and the state of press releases: "WASHINGTON, D.C. –", "AUSTIN, Texas —", "ROCKVILLE, Md. -".
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|D\.C\.|[A-Z]{2}|[A-Z][a-z]+\.?))?\s*(?:\((?<agency>[^)]{1,40})\))?\s*(?:--|—|–|-)\s*")]
    private static partial Regex Dateline();
}
