namespace Portal.Data.Credits;

public class Image : IVersioned
{
    public const int CaptionMaxLength = 1_000;
    public const int AltTextMaxLength = 500;
    public const int FileNameMaxLength = 200;

    public int Id { get; set; }
    public required string Caption { get; set; }
    public string? AltText { get; set; }
    /// <summary>Server-chosen file name under the image store; null when only the caption and credit are known.</summary>
    public string? FileName { get; set; }
    /// <summary>The editor's word that no file exists for this photo: its article may be published with the caption alone.</summary>
    public bool NoImageAvailable { get; set; }
    public long Version { get; set; }

    /// <summary>The credit as an ordered chain of agencies: KCNA → UPI → Kyodo.</summary>
    public List<ImageCredit> Credits { get; set; } = [];

    /// <summary>The credit as readers see it: "KCNA / UPI / Kyodo".</summary>
    public string CreditLine => CreditChain.Line(Credits.OrderBy(c => c.Position).Select(c => c.Agency.Name));
}

public class ImageCredit
{
    public int ImageId { get; set; }
    public int Position { get; set; }
    public int AgencyId { get; set; }
    public Agency Agency { get; set; } = null!;
}

public class Agency : IVersioned
{
    public const int SlugMaxLength = 80;
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public long Version { get; set; }
}
