using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
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

    public void ApplyTo(Person person)
    {
        person.Name = Name.Trim();
        person.Title = Clean(Title);
        person.Organisation = Clean(Organisation);
        person.Description = Clean(Description);
    }

    /// <summary>Why the person cannot be deleted (articles mention them), or null when nothing does.</summary>
    public static async Task<string?> WhyNotDeletableAsync(PortalDbContext db, int personId, CancellationToken cancellationToken)
    {
        var mentions = await db.Articles.CountAsync(a => a.Mentions.Any(m => m.PersonId == personId), cancellationToken);
        return mentions == 0 ? null : $"{mentions} article(s) mention this person; edit them first.";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A new person: the fields of <see cref="PersonInput"/> and, optionally, the slug (taken from the name otherwise).</summary>
public class NewPersonInput : PersonInput
{
    [StringLength(Person.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }

    /// <summary>The new person, added to the context; null when the slug asked for is taken.</summary>
    public async Task<Person?> AddAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (Slug is { } wanted && await db.People.AnyAsync(p => p.Slug == wanted, cancellationToken))
        {
            return null;
        }
        var person = new Person
        {
            Slug = Slug ?? await Data.Slug.UniqueAsync(db.People.Select(p => p.Slug), Data.Slug.From(Name, Person.SlugMaxLength), Person.SlugMaxLength, cancellationToken),
            Name = "",
        };
        ApplyTo(person);
        db.People.Add(person);
        return person;
    }
}
