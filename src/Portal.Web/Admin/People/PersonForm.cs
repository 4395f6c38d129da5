using System.ComponentModel.DataAnnotations;
using Portal.Data.People;
using Portal.Web.People;

namespace Portal.Web.Admin.People;

/// <summary>
/// The person form: the API's fields, the other names the importer knows them by, and the version it was read at.
/// Mapped by hand to <see cref="NewPersonInput"/>, whose rules check it.
/// </summary>
public sealed class PersonForm : IRecordForm, IValidatableObject
{
    public const int MaxAliases = 20;

    // Nullable, as a box posted empty binds as null; a non-nullable one would be required before the input's rules ran.
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Title { get; set; }

    public string? Organisation { get; set; }

    public string? Description { get; set; }

    /// <summary>One per line: "Pompeo", "the top U.S. diplomat".</summary>
    [StringLength(MaxAliases * (PersonAlias.MaxLength + 2))]
    public string? AliasesText { get; set; }

    public long Version { get; set; }

    public List<string> Aliases => (AliasesText ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var refusal in InputRules.Refusals(ToInput()))
        {
            yield return refusal;
        }
        if (Aliases.Count > MaxAliases || Aliases.Any(a => a.Length > PersonAlias.MaxLength))
        {
            yield return new($"Up to {MaxAliases} other names of up to {PersonAlias.MaxLength} characters each.", [nameof(AliasesText)]);
        }
    }

    public static PersonForm From(Person person) => new()
    {
        Name = person.Name,
        Title = person.Title,
        Organisation = person.Organisation,
        Description = person.Description,
        AliasesText = string.Join("\n", person.Aliases.Select(a => a.Text)),
        Version = person.Version,
    };

    public NewPersonInput ToInput() => new() { Name = Name ?? "", Slug = Slug, Title = Title, Organisation = Organisation, Description = Description };
}
