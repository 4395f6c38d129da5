using System.Security.Cryptography;
using System.Text;
using System.ComponentModel.DataAnnotations;
using Portal.Data.People;
using Portal.Data.Quotes;
using Portal.Web.Admin.Photos;
using Portal.Web.Admin.Quotes;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// A record of the story as the editor page shows it beside the text. <see cref="Opened"/> is what it held when the
/// page was read: a save changes only what the editor touched, so a change someone else saved meanwhile stands.
/// </summary>
public interface IReviewedRecord
{
    long Version { get; set; }

    string? Opened { get; set; }

    /// <summary>Set when someone else changed this record meanwhile and the editor's change differs from theirs.</summary>
    bool ChangedMeanwhile { get; set; }

    /// <summary>The record's editable values in one string, to tell a touched record from an untouched one.</summary>
    string Fingerprint();
}

/// <summary>A quote as the editor page shows it: its source (one choice of <see cref="QuoteSourceChoice"/>) and kind.</summary>
public sealed class QuoteReview : IReviewedRecord
{
    public int Id { get; set; }
    public long Version { get; set; }
    public string? Opened { get; set; }
    public bool ChangedMeanwhile { get; set; }

    [StringLength(QuoteSourceChoice.MaxLength)]
    public string? Source { get; set; }

    [StringLength(Quote.UnnamedSourceMaxLength)]
    public string? UnnamedSource { get; set; }

    /// <summary>A person to create and name as the speaker, when nobody in the list said it (editors only).</summary>
    [StringLength(Person.NameMaxLength)]
    public string? NewPerson { get; set; }

    public bool IsFragment { get; set; }

    public string Fingerprint() => Fingerprints.Of(Source, Source == QuoteSourceChoice.Unnamed ? UnnamedSource?.Trim() : null, NewPerson?.Trim(), IsFragment ? "fragment" : null);

    public static QuoteReview From(Quote quote) => Fingerprints.Opened(new QuoteReview
    {
        Id = quote.Id,
        Version = quote.Version,
        Source = QuoteSourceChoice.Of(quote),
        UnnamedSource = quote.UnnamedSource,
        IsFragment = quote.IsFragment,
    });
}

/// <summary>A person in the story as the editor page shows them: name and title (editors only: people are shared by every story).</summary>
public sealed class MentionReview : IReviewedRecord
{
    public string Slug { get; set; } = "";
    public long Version { get; set; }
    public string? Opened { get; set; }
    public bool ChangedMeanwhile { get; set; }

    [Required, StringLength(Person.NameMaxLength)]
    public string Name { get; set; } = "";

    [StringLength(Person.TitleMaxLength)]
    public string? Title { get; set; }

    public string Fingerprint() => Fingerprints.Of(Name?.Trim(), Title?.Trim());

    public void ApplyTo(Person person) => person.Describe(Name, Title, person.Organisation, person.Description);

    public static MentionReview From(Person person) =>
        Fingerprints.Opened(new MentionReview { Slug = person.Slug, Version = person.Version, Name = person.Name, Title = person.Title });
}

/// <summary>Everything the editor page posts beside the text: the one-click "Said by …" pressed, if any, and each record as typed.</summary>
public sealed record ReviewPost(string? Accept, IReadOnlyList<QuoteReview> Quotes, IReadOnlyList<MentionReview> Mentioned, IReadOnlyList<PhotoForm> Photos);

public static class Fingerprints
{
    /// <summary>A short digest of the values: safe to carry in a hidden field, and no two lists of values alike.</summary>
    public static string Of(params string?[] values) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(v => v ?? "")))), 0, 12);

    public static T Opened<T>(T record) where T : IReviewedRecord
    {
        record.Opened = record.Fingerprint();
        return record;
    }

    /// <summary>True when the editor changed the record on the page (an attached file counts, or one kept from a refused save).</summary>
    public static bool IsTouched(IReviewedRecord record) =>
        record.Fingerprint() != record.Opened || record is PhotoForm { File.Length: > 0 } or PhotoForm { KeptFile: not null };
}
