using System.Text.Json;
using Portal.Data.Credits;
using Portal.Data.Quotes;

namespace Portal.Data.Articles;

/// <summary>
/// What a revision keeps beside the text: each quote's source and each photo's description and file, as they stood
/// after the save. History compares them as it compares the text; restoring the revision puts them back.
/// </summary>
public sealed record RevisionRecords(IReadOnlyList<QuoteRecord> Quotes, IReadOnlyList<PhotoRecord> Photos)
{
    /// <summary>The records of an article's quotes (with their sources loaded) and blocks (with their photos and credits).</summary>
    public static RevisionRecords Of(IEnumerable<Quote> quotes, IEnumerable<ArticleBlock> blocks) => new(
        quotes.OrderBy(q => q.Position).Select(QuoteRecord.Of).ToList(),
        blocks.Where(b => b.Image is not null).OrderBy(b => b.Position).Select(b => PhotoRecord.Of(b.Image!)).ToList());

    /// <summary>The quote sources and the photos as lines, laid out as fields for history's word-by-word comparison.</summary>
    public IReadOnlyList<ArticleField> Fields =>
    [
        new("Quote sources", Lines(Quotes.Select(q => q.Line))),
        new("Photos", Lines(Photos.Select((p, i) => p.Line(i + 1)))),
    ];

    /// <summary>"quote sources", "photos": what differs from <paramref name="before"/>, named as the history names changes.</summary>
    public IReadOnlyList<string> ChangedFrom(RevisionRecords before) => ArticleField.Changed(Fields, before.Fields);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    // Stored, never put into a page: no need to escape what HTML would; nothing written for what is not there.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The records a revision holds; null for revisions saved before revisions kept them.</summary>
    public static RevisionRecords? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<RevisionRecords>(json, Json);

    private static string? Lines(IEnumerable<string> lines) => string.Join('\n', lines) is { Length: > 0 } text ? text : null;
}

/// <summary>
/// A quote's source in a revision: its words (the start of them, enough to find the quote again), the kind of source,
/// and the person's or organisation's slug with the name or description readers saw.
/// </summary>
public sealed record QuoteRecord(string Words, QuoteSourceKind Kind, string? Slug, string? Source)
{
    public const int WordsKept = 120;

    public static QuoteRecord Of(Quote quote) => new(
        quote.Text.Length <= WordsKept ? quote.Text : quote.Text[..WordsKept],
        quote.SourceKind,
        quote.Speaker?.Slug ?? quote.Organisation?.Slug,
        quote.SourceName);

    /// <summary>True when <paramref name="quote"/> holds the words this record was taken from.</summary>
    public bool IsOf(Quote quote) => quote.Text.StartsWith(Words, StringComparison.Ordinal);

    public string Line => $"“{(Words.Length <= 60 ? Words : Words[..59] + "…")}”: " + Kind switch
    {
        QuoteSourceKind.Person or QuoteSourceKind.Organisation => Source,
        QuoteSourceKind.Unnamed => $"unnamed, {Source}",
        QuoteSourceKind.NotSpeech => "not speech",
        _ => "no source yet",
    };
}

/// <summary>A photo in a revision: its record, what readers and screen readers were told of it, and its file.</summary>
public sealed record PhotoRecord(int ImageId, string Caption, string? AltText, string Credit, string? FileName, bool NoImageAvailable)
{
    public static PhotoRecord Of(Image image) =>
        new(image.Id, image.Caption, image.AltText, image.CreditLine, image.FileName, image.NoImageAvailable);

    public string Line(int number) =>
        $"Photo {number}: {Caption} | alt text: {AltText ?? "none"} | credit: {Credit} | file: {FileName ?? (NoImageAvailable ? "no image available" : "none")}";
}
