using Portal.Data.Articles;
using Portal.Data.Organisations;
using Portal.Data.People;

namespace Portal.Data.Quotes;

public class Quote : IVersioned
{
    public const int TextMaxLength = 4_000;
    public const int UnnamedSourceMaxLength = 200;
    public const int ProposalMaxLength = 1_000;

    public int Id { get; set; }
    /// <summary>The words exactly as they stand between the quotation marks.</summary>
    public required string Text { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int BlockId { get; set; }
    public ArticleBlock Block { get; set; } = null!;
    /// <summary>Where the quoted words start in the block's text (after the opening mark).</summary>
    public int Offset { get; set; }
    /// <summary>Order of the quote within its article.</summary>
    public int Position { get; set; }
    /// <summary>True for a few words embedded in reported speech ("real progress"), false for a full quotation.</summary>
    public bool IsFragment { get; set; }
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>How the story describes a source it does not name: "a senior U.S. official".</summary>
    public string? UnnamedSource { get; set; }
    /// <summary>True when the marks hold no one's speech: scare quotes, a term, a title.</summary>
    public bool IsNotSpeech { get; set; }
    /// <summary>What the importer proposed when it read these words, and why ("Mike Pompeo, 95% sure: …"); null for quotes marked by hand.</summary>
    public string? Proposal { get; set; }
    /// <summary>How sure the importer was of <see cref="Proposal"/>, from 0 (left open) to 1.</summary>
    public double? ProposalConfidence { get; set; }
    public long Version { get; set; }

    /// <summary>Whose words these are; at most one of the source fields is ever set.</summary>
    public QuoteSourceKind SourceKind =>
        KindOf(Speaker is not null || SpeakerId is not null, Organisation is not null || OrganisationId is not null, UnnamedSource is not null, IsNotSpeech);

    /// <summary>The kind of source the stored fields describe, for queries that read the fields without the entity.</summary>
    public static QuoteSourceKind KindOf(bool hasSpeaker, bool hasOrganisation, bool hasUnnamedSource, bool isNotSpeech) =>
        hasSpeaker ? QuoteSourceKind.Person
        : hasOrganisation ? QuoteSourceKind.Organisation
        : hasUnnamedSource ? QuoteSourceKind.Unnamed
        : isNotSpeech ? QuoteSourceKind.NotSpeech
        : QuoteSourceKind.Open;

    /// <summary>A source chosen or the quote marked as not speech: what publication asks of every quote.</summary>
    public bool IsSettled => SourceKind != QuoteSourceKind.Open;

    /// <summary>The source as readers see it: the person's or organisation's name, or the description.</summary>
    public string? SourceName => Speaker?.Name ?? Organisation?.Name ?? UnnamedSource;

    public void AttributeTo(Person person)
    {
        LeaveOpen();
        Speaker = person;
        SpeakerId = person.Id == 0 ? null : person.Id;
    }

    public void AttributeTo(Organisation organisation)
    {
        LeaveOpen();
        Organisation = organisation;
        OrganisationId = organisation.Id == 0 ? null : organisation.Id;
    }

    public void AttributeToUnnamed(string description)
    {
        LeaveOpen();
        UnnamedSource = description;
    }

    public void MarkNotSpeech()
    {
        LeaveOpen();
        IsNotSpeech = true;
    }

    public void LeaveOpen()
    {
        Speaker = null;
        SpeakerId = null;
        Organisation = null;
        OrganisationId = null;
        UnnamedSource = null;
        IsNotSpeech = false;
    }

    /// <summary>Takes the source another reading of the same words settled on.</summary>
    public void TakeSourceOf(Quote other)
    {
        Speaker = other.Speaker;
        SpeakerId = other.SpeakerId;
        Organisation = other.Organisation;
        OrganisationId = other.OrganisationId;
        UnnamedSource = other.UnnamedSource;
        IsNotSpeech = other.IsNotSpeech;
    }
}
