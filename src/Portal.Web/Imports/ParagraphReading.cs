namespace Portal.Web.Imports;

/// <summary>One paragraph of a story, read once: its quotations, its masked text and its sentences.</summary>
internal sealed record ParagraphReading(int BlockIndex, string Text, IReadOnlyList<QuotedSpan> Spans, string Masked, IReadOnlyList<Range> Sentences)
{
    public static ParagraphReading Read(int blockIndex, string text, List<ImportProblem> problems)
    {
        var spans = QuotedSpans.Find(text, out var strayMarks);
        if (strayMarks > 0)
        {
            problems.Add(new("stray-closing-mark",
                "A closing quotation mark has no opening mark before it; check the quotation marks.", blockIndex + 1));
        }
        if (spans.Count > 0 && !spans[^1].IsClosed)
        {
            problems.Add(new("unbalanced-quote",
                "A quotation opens but never closes; it was taken to run to the end of the paragraph.", blockIndex + 1));
        }
        var masked = QuotedSpans.MaskQuotes(text, spans);
        return new(blockIndex, text, spans, masked, Imports.Sentences.Split(text, masked, spans));
    }

    public Range SentenceOf(QuotedSpan span) =>
        Sentences.FirstOrDefault(s => span.Open >= s.Start.Value && span.Open < s.End.Value, Sentences[^1]);
}
