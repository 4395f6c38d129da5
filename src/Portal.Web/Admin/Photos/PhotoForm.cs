using System.ComponentModel.DataAnnotations;
using Portal.Data.Credits;
using Portal.Web.Admin.Articles;
using Portal.Web.Credits;

namespace Portal.Web.Admin.Photos;

/// <summary>A photo's fields as a form has them: the credit as one line of agencies separated by "/", and an optional new file.</summary>
public sealed class PhotoForm : IRecordForm, IReviewedRecord
{
    /// <summary>Which photo, when a form edits several.</summary>
    public int Id { get; set; }

    [Required, StringLength(Image.CaptionMaxLength)]
    public string Caption { get; set; } = "";

    [StringLength(Image.AltTextMaxLength)]
    public string? AltText { get; set; }

    [StringLength(ImageInput.MaxCredits * (Agency.NameMaxLength + 1))]
    public string? Credit { get; set; }

    /// <summary>The editor's word that no file exists: the article publishes with the caption alone.</summary>
    public bool NoImageAvailable { get; set; }

    /// <summary>A JPEG, PNG or WebP file for the photo, replacing any it has.</summary>
    public IFormFile? File { get; set; }

    /// <summary>
    /// A file attached to a save that was refused, stored and named here (protected, so that a form cannot name another
    /// file): a browser never fills a file box again, so the page keeps the file for the next save instead.
    /// </summary>
    public string? KeptFile { get; set; }

    public long Version { get; set; }

    public string? Opened { get; set; }

    public bool ChangedMeanwhile { get; set; }

    public string Fingerprint() => Fingerprints.Of(Caption?.Trim(), AltText?.Trim(), Credit?.Trim(), NoImageAvailable ? "none" : null);

    /// <summary>Where the photo's file is served, for the form to show it; null when it has none.</summary>
    public string? Url { get; set; }

    public ImageInput ToInput() => new()
    {
        Caption = Caption,
        AltText = AltText,
        Credit = CreditChain.FromWire(Credit),
        NoImageAvailable = NoImageAvailable,
    };

    public static PhotoForm From(Image image) => new()
    {
        Id = image.Id,
        Caption = image.Caption,
        AltText = image.AltText,
        Credit = CreditChain.Wire(image.Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name)),
        NoImageAvailable = image.NoImageAvailable,
        Version = image.Version,
        Url = image.FileName is null ? null : ImageStore.UrlOf(image.FileName),
    };
}
