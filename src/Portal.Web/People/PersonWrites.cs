using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.People;

namespace Portal.Web.People;

/// <summary>The writes on people that the API, the person form and the article review share.</summary>
public static class PersonWrites
{
    /// <summary>The new person, added to the context; null when the slug asked for is taken.</summary>
    public static async Task<Person?> AddAsync(PortalDbContext db, NewPersonInput input, CancellationToken cancellationToken)
    {
        if (input.Slug is { } wanted && await db.People.AnyAsync(p => p.Slug == wanted, cancellationToken))
        {
            return null;
        }
        var slug = input.Slug
            ?? await Slug.UniqueAsync(db.People.Select(p => p.Slug), Slug.From(input.Name, Person.SlugMaxLength), Person.SlugMaxLength, cancellationToken);
        var person = new Person { Slug = slug, Name = "" };
        Describe(person, input);
        db.People.Add(person);
        return person;
    }

    public static void Describe(Person person, PersonInput input) => person.Describe(input.Name, input.Title, input.Organisation, input.Description);

    /// <summary>Why the person cannot be deleted (articles mention them), or null when nothing does.</summary>
    public static async Task<string?> WhyNotDeletableAsync(PortalDbContext db, int personId, CancellationToken cancellationToken)
    {
        var mentions = await db.Articles.CountAsync(a => a.Mentions.Any(m => m.PersonId == personId), cancellationToken);
        return mentions == 0 ? null : $"{mentions} article(s) mention this person; edit them first.";
    }
}
