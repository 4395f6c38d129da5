using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Quotes;
using Portal.Web.People;
using Portal.Web.Quotes;

namespace Portal.Web.Admin.Quotes;

/// <summary>
/// A quote's source as one drop-down in the newsroom's forms: "" (open), <see cref="NotSpeech"/>, <see cref="Unnamed"/>
/// (with the description typed beside it), <c>person:{slug}</c> or <c>organisation:{slug}</c>.
/// </summary>
public static class QuoteSourceChoice
{
    public const string NotSpeech = "not-speech";
    public const string Unnamed = "unnamed";
    public const string PersonPrefix = "person:";
    private const string OrganisationPrefix = "organisation:";

    /// <summary>The longest choice a form can carry: the longer prefix ("organisation:", 13 characters) and the longer slug (a person's).</summary>
    public const int MaxLength = 13 + Data.People.Person.SlugMaxLength;

    public static string Of(Quote quote) => quote.SourceKind switch
    {
        QuoteSourceKind.Person => PersonPrefix + quote.Speaker!.Slug,
        QuoteSourceKind.Organisation => OrganisationPrefix + quote.Organisation!.Slug,
        QuoteSourceKind.Unnamed => Unnamed,
        QuoteSourceKind.NotSpeech => NotSpeech,
        _ => "",
    };

    /// <summary>Sets the input's source from the choice; a message when the choice cannot be read.</summary>
    public static string? ApplyTo(QuoteInput input, string? choice, string? unnamedSource)
    {
        choice ??= "";
        input.Speaker = choice.StartsWith(PersonPrefix, StringComparison.Ordinal) ? choice[PersonPrefix.Length..] : null;
        input.Organisation = choice.StartsWith(OrganisationPrefix, StringComparison.Ordinal) ? choice[OrganisationPrefix.Length..] : null;
        input.IsNotSpeech = choice == NotSpeech;
        input.UnnamedSource = choice == Unnamed ? unnamedSource?.Trim() : null;
        if (choice == Unnamed && string.IsNullOrEmpty(input.UnnamedSource))
        {
            return "Describe the unnamed source as the story does, e.g. \"a senior official\".";
        }
        var known = choice.Length == 0 || input.Speaker is not null || input.Organisation is not null || input.IsNotSpeech || choice == Unnamed;
        return known ? null : "Choose a source from the list.";
    }

    /// <summary>
    /// What the drop-down offers: the undecided choices first, then the people given and organisations by name. The
    /// page's script searches every person (the API's <c>?q=</c>) and adds those it finds.
    /// </summary>
    public static async Task<List<SelectListItem>> ItemsAsync(PortalDbContext db, IEnumerable<PersonChoice> people, CancellationToken cancellationToken)
    {
        var persons = new SelectListGroup { Name = "People" };
        var bodies = new SelectListGroup { Name = "Organisations" };
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Take(1_000).Select(o => new { o.Slug, o.Name })
            .ToListAsync(cancellationToken);
        return
        [
            new("Not decided yet", ""),
            new("Not speech (a term, a title, scare quotes)", NotSpeech),
            new("An unnamed source, described below", Unnamed),
            .. people.DistinctBy(p => p.Slug).OrderBy(p => p.Name).Select(p => new SelectListItem(p.Name, PersonPrefix + p.Slug) { Group = persons }),
            .. organisations.Select(o => new SelectListItem(o.Name, OrganisationPrefix + o.Slug) { Group = bodies }),
        ];
    }
}
