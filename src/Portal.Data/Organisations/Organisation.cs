namespace Portal.Data.Organisations;

/// <summary>A body whose words a story quotes: "the Foreign Ministry", "the WHO", "the Justice Department".</summary>
public class Organisation : IVersioned
{
    public const int SlugMaxLength = 80;
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public long Version { get; set; }
}
