namespace Portal.Web.Imports;

/// <summary>
/// A span between double quotation marks in one paragraph. <see cref="Open"/> is the index of the opening
/// mark; <see cref="Close"/> that of the closing mark, or the paragraph's length when it was never closed.
/// </summary>
internal readonly record struct QuotedSpan(int Open, int Close, bool IsClosed)
{
    public int TextStart => Open + 1;

    public string TextOf(string paragraph) => paragraph[TextStart..Close];
}

/// <summary>Finds quotations in a paragraph, with straight or curly double marks.</summary>
internal static class QuotedSpans
{
    /// <summary>Stands in for quoted words, so that what is said inside a quote is never read as attribution.</summary>
    public const char Mask = '#';

    public static List<QuotedSpan> Find(string paragraph, out int strayClosingMarks)
    {
        var spans = new List<QuotedSpan>();
        strayClosingMarks = 0;
        var open = -1;
        var openedCurly = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (open < 0)
            {
                if (c is '"' or '“')
                {
                    open = i;
                    openedCurly = c == '“';
                }
                else if (c == '”')
                {
                    strayClosingMarks++;
                }
            }
            // A straight mark inside a curly quotation is a nested quote, not the end of this one, and a curly
            // closing mark inside a straight quotation belongs to a quote nested in it.
            else if (openedCurly ? c == '”' : c == '"')
            {
                spans.Add(new QuotedSpan(open, i, IsClosed: true));
                open = -1;
            }
        }
        if (open >= 0)
        {
            // ""Words,” said X.": a quotation opened with one kind of mark and closed with the other, in copy that
            // mixes them, ends at that other mark when words follow it; a quotation that truly runs on has no closing
            // mark at all.
            var other = paragraph.IndexOf(openedCurly ? '"' : '”', open + 1);
            var wordsFollow = other > open && paragraph.AsSpan(other + 1).ContainsAnyExcept(TrailingMarks);
            spans.Add(wordsFollow ? new QuotedSpan(open, other, IsClosed: true) : new QuotedSpan(open, paragraph.Length, IsClosed: false));
        }
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> TrailingMarks = System.Buffers.SearchValues.Create(" \t.,;:!?)”\"’'");

    /// <summary>The paragraph with every quoted span, marks included, replaced by <see cref="Mask"/>.</summary>
    public static string MaskQuotes(string paragraph, IEnumerable<QuotedSpan> spans)
    {
        var chars = paragraph.ToCharArray();
        foreach (var span in spans)
        {
            Array.Fill(chars, Mask, span.Open, Math.Min(span.Close + 1, chars.Length) - span.Open);
        }
        return new string(chars);
    }
}
