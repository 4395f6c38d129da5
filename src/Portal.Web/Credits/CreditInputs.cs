using System.ComponentModel.DataAnnotations;
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

}

/// <summary>A new agency, with the slug it should have (taken from the name when left out).</summary>
public class NewAgencyInput : AgencyInput
{
    [StringLength(Agency.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }

    /// <summary>The slug asked for, or the one the name gives.</summary>
    public string ChosenSlug => Slug ?? Data.Slug.From(Name, Agency.SlugMaxLength);

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

    /// <summary>True when no file exists for the photo: its article is then published with the caption and credit alone.</summary>
    public bool NoImageAvailable { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Credit.Count > MaxCredits || Credit.Any(a => string.IsNullOrWhiteSpace(a) || a.Trim().Length > Agency.NameMaxLength))
        {
            yield return new($"A credit is 0 to {MaxCredits} agency names of 1 to {Agency.NameMaxLength} characters.", [nameof(Credit)]);
        }
    }

    public static ImageInput From(ImageDto image) => new()
    {
        Caption = image.Caption,
        AltText = image.AltText,
        Credit = image.Credit.Select(a => a.Name).ToList(),
        NoImageAvailable = image.NoImageAvailable,
    };
}
