using System.ComponentModel.DataAnnotations;
using Portal.Data.People;
using Portal.Web.People;

namespace Portal.Web.Admin.People;

/// <summary>The person form: the API's fields, the other names the importer knows them by, and the version it was read at.</summary>
public sealed class PersonForm : NewPersonInput, IRecordForm, IValidatableObject
{
    public const int MaxAliases = 20;

    /// <summary>One per line: "Pompeo", "the top U.S. diplomat".</summary>
    [StringLength(MaxAliases * (PersonAlias.MaxLength + 2))]
    public string? AliasesText { get; set; }

    public long Version { get; set; }

    public List<string> Aliases => (AliasesText ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
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

    /// <summary>Sets the fields and the other names, keeping the alias records whose text is unchanged.</summary>
    public void ApplyWithAliases(Person person)
    {
        ApplyTo(person);
        var wanted = Aliases;
        person.Aliases.RemoveAll(a => !wanted.Contains(a.Text));
        person.Aliases.AddRange(wanted.Where(w => person.Aliases.All(a => a.Text != w)).Select(w => new PersonAlias { Text = w }));
    }
}
