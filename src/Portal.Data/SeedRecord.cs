namespace Portal.Data;

/// <summary>
/// Marks a piece of seed content as applied once, so that start-up never re-adds
/// what an editor has since changed or deleted.
/// </summary>
public class SeedRecord
{
    public const int NameMaxLength = 100;

    public required string Name { get; set; }
    public DateTime AppliedAt { get; set; }
}
