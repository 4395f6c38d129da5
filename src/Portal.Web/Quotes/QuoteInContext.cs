using Portal.Web.Articles;

namespace Portal.Web.Quotes;

/// <summary>
/// A quote in the sentence the story gave it, with typographic marks: the words before it, the quoted words, and the
/// words after (the closing mark, "Pompeo said."), so that a reader sees the quote as it was reported, not a fragment
/// ending in the wire's comma. Words an editor corrected on the quote alone, which its paragraph no longer holds, stand
/// alone.
/// </summary>
public sealed record QuoteInContext(string Before, string Words, string After)
{
    /// <summary>How far the sentence is followed either side before it is cut with "…".</summary>
    private const int Reach = 240;

    public static QuoteInContext Of(string? paragraph, int offset, string words)
    {
        var text = Typography.Curly(paragraph ?? "");
        var shown = Typography.Curly(words);
        if (offset < 0 || offset + words.Length > text.Length || string.CompareOrdinal(text, offset, shown, 0, shown.Length) != 0)
        {
            // Not (or no longer) where the paragraph has it: the words stand alone.
            return new("", shown, "");
        }
        var end = offset + words.Length;
        var start = SentenceStart(text, offset);
        var stop = SentenceEnd(text, end);
        return new(
            (start > 0 && !EndsSentence(text, start - 2) ? "…" : "") + text[start..offset],
            text[offset..end],
            text[end..stop] + (stop < text.Length && !EndsSentence(text, stop - 1) ? "…" : ""));
    }

    private static int SentenceStart(string text, int offset)
    {
        var floor = Math.Max(0, offset - Reach);
        // Back over the opening mark, then to the first word after the sentence before.
        for (var i = offset - 2; i > floor; i--)
        {
            if (EndsSentence(text, i - 1) && text[i] == ' ')
            {
                return i + 1;
            }
        }
        return floor == 0 ? 0 : text.IndexOf(' ', floor) + 1;
    }

    private static int SentenceEnd(string text, int end)
    {
        var ceiling = Math.Min(text.Length, end + Reach);
        for (var j = end + 1; j < ceiling; j++)
        {
            if (EndsSentence(text, j) && (j + 1 == text.Length || text[j + 1] == ' '))
            {
                return j + 1;
            }
        }
        return ceiling == text.Length ? text.Length : Math.Max(end, text.LastIndexOf(' ', ceiling - 1));
    }

    /// <summary>A full stop, question or exclamation mark, with the closing mark that may follow it.</summary>
    private static bool EndsSentence(string text, int at) =>
        at >= 0 && at < text.Length && (text[at] is '.' or '?' or '!' || (text[at] is '”' or '’' && at > 0 && text[at - 1] is '.' or '?' or '!'));
}
