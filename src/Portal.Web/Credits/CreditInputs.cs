using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;

namespace Portal.Web.Credits;

/// <summary>An agency as the API shows it.</summary>
public sealed record AgencyDto(string Slug, string Name);

/// <summary>What an editor writes about an agency.</summary>
public class AgencyInput
{
    /// <summary>The agency's name as credit lines print it, e.g. "Kyodo".</summary>
    [Required, StringLength(Agency.NameMaxLength)]
    public string Name { get; set; } = "";

    /// <summary>Why the agency cannot be deleted (photos credit it), or null when none does.</summary>
    public static async Task<string?> WhyNotDeletableAsync(PortalDbContext db, int agencyId, CancellationToken cancellationToken)
    {
        var photos = await db.Images.CountAsync(i => i.Credits.Any(c => c.AgencyId == agencyId), cancellationToken);
        return photos == 0 ? null : $"{photos} photo(s) credit this agency; change their credits first.";
    }
}

/// <summary>A new agency, with the slug it should have (taken from the name when left out).</summary>
public class NewAgencyInput : AgencyInput
{
    [StringLength(Agency.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }

    /// <summary>The slug asked for, or the one the name gives.</summary>
    public string ChosenSlug => Slug ?? Data.Slug.From(Name, Agency.SlugMaxLength);

    /// <summary>The new agency, added to the context; null when an agency has its slug already.</summary>
    public async Task<Agency?> AddAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var slug = ChosenSlug;
        if (await db.Agencies.AnyAsync(a => a.Slug == slug, cancellationToken))
        {
            return null;
        }
        var agency = new Agency { Slug = slug, Name = Name.Trim() };
        db.Agencies.Add(agency);
        return agency;
    }
}

/// <summary>What an editor writes about a photo: caption, alt text and the credit chain, first agency first.</summary>
public sealed class ImageInput : IValidatableObject
{
    public const int MaxCredits = 10;

    [Required, StringLength(Image.CaptionMaxLength)]
    public string Caption { get; set; } = "";

    /// <summary>What the photo shows, for people who cannot see it; required before its article is published.</summary>
    [StringLength(Image.AltTextMaxLength)]
    public string? AltText { get; set; }

    /// <summary>Agency names in credit order: ["KCNA", "UPI", "Kyodo"].</summary>
    public List<string> Credit { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Credit.Count > MaxCredits || Credit.Any(a => string.IsNullOrWhiteSpace(a) || a.Trim().Length > Agency.NameMaxLength))
        {
            yield return new($"A credit is 0 to {MaxCredits} agency names of 1 to {Agency.NameMaxLength} characters.", [nameof(Credit)]);
        }
    }

    /// <summary>Why the photo cannot be deleted (an article shows it), or null when none does.</summary>
    public static async Task<string?> WhyNotDeletableAsync(PortalDbContext db, int imageId, CancellationToken cancellationToken) =>
        await db.ArticleBlocks.AnyAsync(b => b.ImageId == imageId, cancellationToken)
            ? "The photo is in an article; remove it from the articles that show it first."
            : null;

    public static ImageInput From(ImageDto image) => new()
    {
        Caption = image.Caption,
        AltText = image.AltText,
        Credit = image.Credit.Select(a => a.Name).ToList(),
    };

    /// <summary>
    /// Sets the fields and the credit chain, reusing known agencies by slug and adding new ones. Call it
    /// inside a transaction: a changed chain is saved in two steps.
    /// </summary>
    public async Task ApplyToAsync(Image image, PortalDbContext db, CancellationToken cancellationToken)
    {
        image.Caption = Caption.Trim();
        image.AltText = string.IsNullOrWhiteSpace(AltText) ? null : AltText.Trim();
        var names = Credit.Select(a => a.Trim()).ToList();
        var slugs = names.Select(n => Slug.From(n, Agency.SlugMaxLength)).ToList();
        var known = await db.Agencies.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, cancellationToken);
        var chain = new List<Agency>();
        foreach (var (name, slug) in names.Zip(slugs))
        {
            if (!known.TryGetValue(slug, out var agency))
            {
                agency = new Agency { Slug = slug, Name = name };
                known[slug] = agency;
            }
            if (!chain.Contains(agency))
            {
                chain.Add(agency);
            }
        }
        if (image.Credits.OrderBy(c => c.Position).Select(c => c.Agency).SequenceEqual(chain))
        {
            return;
        }
        // Credits are keyed by position and unique per agency: a reordered chain cannot be rewritten row by
        // row, so the old chain goes first, in the caller's transaction.
        if (image.Credits.Count > 0)
        {
            image.Credits.Clear();
            await db.SaveChangesAsync(cancellationToken);
        }
        image.Credits.AddRange(chain.Select((agency, position) => new ImageCredit { Position = position, Agency = agency }));
    }
}
