using System.ComponentModel.DataAnnotations;
using Portal.Data.People;

namespace Portal.Web.People;

/// <summary>What an editor writes about a person.</summary>
public class PersonInput
{
    /// <summary>The name as the news gives it.</summary>
    [Required, StringLength(Person.NameMaxLength)]
    public string Name { get; set; } = "";

    /// <summary>Title or role, e.g. "U.S. Secretary of State".</summary>
    [StringLength(Person.TitleMaxLength)]
    public string? Title { get; set; }

    [StringLength(Person.OrganisationMaxLength)]
    public string? Organisation { get; set; }

    [StringLength(Person.DescriptionMaxLength)]
    public string? Description { get; set; }

    public static PersonInput From(PersonDto person) => new()
    {
        Name = person.Name,
        Title = person.Title,
        Organisation = person.Organisation,
        Description = person.Description,
    };
}

/// <summary>A new person: the fields of <see cref="PersonInput"/> and, optionally, the slug (taken from the name otherwise).</summary>
public class NewPersonInput : PersonInput
{
    [StringLength(Person.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }
}
