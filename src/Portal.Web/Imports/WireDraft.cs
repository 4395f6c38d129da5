using Portal.Data.Quotes;

namespace Portal.Web.Imports;

/// <summary>What the wire parser understood of a story, before anything is stored.</summary>
public sealed record WireDraft(
    string Headline,
    string? Dateline,
    IReadOnlyList<DraftBlock> Blocks,
    IReadOnlyList<DraftPerson> People,
    IReadOnlyList<DraftQuote> Quotes,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The names of the copy's byline ("By Jane Smith") and the agency of its dateline ("(Kyodo)"), in that order.</summary>
    public IReadOnlyList<string> Byline { get; init; } = [];

    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// A paragraph (<see cref="Text"/>), a figure written out (<see cref="Caption"/> and its credit chain), or a
/// figure showing a photo already in the library (<see cref="PhotoId"/>, with the caption and credit it has there).
/// </summary>
public sealed record DraftBlock(string? Text, string? Caption, IReadOnlyList<string> Credit, int? PhotoId = null)
{
    public bool IsFigure => Text is null;

    public static DraftBlock Paragraph(string text) => new(text, null, []);

    public static DraftBlock Figure(string caption, IReadOnlyList<string> credit) => new(null, caption, credit);

    public static DraftBlock Photo(int id) => new(null, null, [], id);
}

/// <summary>
/// A person the story mentions. <see cref="ExistingId"/> is set when the person was already known;
/// otherwise the importer proposes a new record. Aliases are the other ways this text referred to them.
/// </summary>
public sealed record DraftPerson(int? ExistingId, string Name, string? Title, IReadOnlyList<string> Aliases);

/// <summary>
/// One quoted span. <see cref="Offset"/> is where the words start in the paragraph's text.
/// <see cref="SourceKind"/> is whose words the importer takes them to be: a person (<see cref="Speaker"/> indexes
/// <see cref="WireDraft.People"/>), an organisation or an unnamed source (<see cref="SourceName"/> is its name or
/// description), not speech, or open when it could not decide. <see cref="Reason"/> says what the importer read
/// ("said Pompeo" in the same sentence) or why it left the quote open; <see cref="Confidence"/> is how sure it is
/// of the source, from 0 to 1.
/// </summary>
public sealed record DraftQuote(int BlockIndex, int Offset, string Text, bool IsFragment, int? Speaker, string? Reason = null, double Confidence = 0,
    QuoteSourceKind SourceKind = QuoteSourceKind.Open, string? SourceName = null);

/// <summary>A person already in the store, as the parser needs to recognise them.</summary>
public sealed record KnownPerson(int Id, string Name, string? Title, IReadOnlyList<string> Aliases);

/// <summary>
/// Something the importer could not settle on its own. Errors stop the import; warnings ask an editor
/// to check. <see cref="Block"/> is the 1-based number of the block (paragraph or figure) it concerns, when there is one.
/// </summary>
public sealed record ImportProblem(string Code, string Message, int? Block = null, bool IsError = false);
