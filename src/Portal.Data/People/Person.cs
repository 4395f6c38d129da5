namespace Portal.Data.People;

public class Person : IVersioned
{
    public const int SlugMaxLength = 120;
    public const int NameMaxLength = 120;
    public const int TitleMaxLength = 300;
    public const int OrganisationMaxLength = 200;
    public const int DescriptionMaxLength = 2_000;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>Title or role as the text gives it, e.g. "U.S. Secretary of State".</summary>
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Description { get; set; }
    public long Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];

    /// <summary>Sets what the newsroom writes about the person, trimmed; a field left empty is none.</summary>
    public void Describe(string name, string? title, string? organisation, string? description)
    {
        Name = name.Trim();
        (Title, Organisation, Description) = (Typed.OrNull(title), Typed.OrNull(organisation), Typed.OrNull(description));
    }

    /// <summary>Sets the other names, keeping the alias records whose text is unchanged.</summary>
    public void KnowAs(IReadOnlyCollection<string> names)
    {
        Aliases.RemoveAll(a => !names.Contains(a.Text));
        Aliases.AddRange(names.Where(n => Aliases.All(a => a.Text != n)).Select(n => new PersonAlias { Text = n }));
    }
}

/// <summary>Another way the copy refers to a person: "Pompeo", "the top U.S. diplomat".</summary>
public class PersonAlias
{
    public const int MaxLength = 200;

    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Text { get; set; }
}
