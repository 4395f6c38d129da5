namespace Portal.Data.Articles;

/// <summary>
/// Everything an editor writes in an article, as one value: the header fields (the kicker is the short label above
/// the headline: "Analysis", "Obituary"; the byline's names one per line, in the order printed), the tags (one per line,
/// in ordinal order) and the body as wire text. Built through <see cref="Of"/>, which trims what was typed, so "did anything
/// change" is equality. A revision stores one; the API input, the form, history, restore and the conflict view convert
/// to and from it. Positional on purpose: a new field breaks every place that builds one or takes one apart.
/// </summary>
public sealed record ArticleText(string? Kicker, string Headline, string? Standfirst, string? Byline, string? Dateline, string? Section, string Tags, string Body)
{
    private const char LineSeparator = '\n';

    public static ArticleText Of(string? kicker, string headline, string? standfirst, IEnumerable<string> byline, string? dateline, string? section,
        IEnumerable<string> tags, string body) =>
        new(Typed.OrNull(kicker), headline.Trim(), Typed.OrNull(standfirst), BylineLines(byline), Typed.OrNull(dateline), Typed.OrNull(section), TagLines(tags),
            body.ReplaceLineEndings("\n").Trim());

    /// <summary>The byline's names, in the order printed.</summary>
    public IReadOnlyList<string> BylineNames => Byline?.Split(LineSeparator) ?? [];

    /// <summary>The tag names, in order.</summary>
    public IReadOnlyList<string> TagNames => Tags.Split(LineSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each field by name, in the order the editor shows them: what history compares and the conflict view lays out.</summary>
    public IReadOnlyList<ArticleField> Fields
    {
        get
        {
            var (kicker, headline, standfirst, byline, dateline, section, tags, body) = this;
            return
            [
                new("Kicker", kicker), new("Headline", headline), new("Standfirst", standfirst), new("Byline", byline), new("Dateline", dateline),
                new("Section", section), new("Tags", tags), new("Body", body),
            ];
        }
    }

    /// <summary>The names of the fields that differ from <paramref name="before"/>, lower-case: "headline, body" in the history.</summary>
    public IReadOnlyList<string> ChangedFrom(ArticleText before) => ArticleField.Changed(Fields, before.Fields);

    /// <summary>Names trimmed (inner runs of spaces made one), one per slug (the first spelling wins), in the order given; null when none.</summary>
    private static string? BylineLines(IEnumerable<string> names) => Typed.OrNull(string.Join(LineSeparator, names
        .Select(name => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .Where(name => name.Length > 0)
        .DistinctBy(ArticleByline.SlugOf)));

    /// <summary>Tags trimmed, one per slug (the first spelling wins), in ordinal order.</summary>
    private static string TagLines(IEnumerable<string> tags) => string.Join(LineSeparator, tags
        .Select(Typed.OrNull).OfType<string>()
        .DistinctBy(tag => Slug.From(tag, ArticleTag.MaxLength))
        .Order(StringComparer.Ordinal));
}

/// <summary>One field of an <see cref="ArticleText"/>: its name as the editor labels it, and its value (null when empty).</summary>
public sealed record ArticleField(string Name, string? Value)
{
    public bool SameAs(ArticleField other) => string.Equals(Value ?? "", other.Value ?? "", StringComparison.Ordinal);

    /// <summary>The names of the fields that differ between two lists of the same fields, lower-case.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyList<ArticleField> now, IReadOnlyList<ArticleField> before) =>
        now.Zip(before).Where(pair => !pair.First.SameAs(pair.Second)).Select(pair => pair.First.Name.ToLowerInvariant()).ToList();
}
