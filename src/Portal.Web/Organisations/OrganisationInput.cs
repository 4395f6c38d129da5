using System.ComponentModel.DataAnnotations;
using Portal.Data.Organisations;

namespace Portal.Web.Organisations;

/// <summary>What an editor says about an organisation whose words stories quote.</summary>
public class OrganisationInput
{
    [Required, StringLength(Organisation.NameMaxLength)]
    public string Name { get; set; } = "";
}

/// <summary>A new organisation; the slug is made from the name when left out.</summary>
public sealed class NewOrganisationInput : OrganisationInput
{
    [StringLength(Organisation.SlugMaxLength), RegularExpression(Api.SlugRule.Pattern, ErrorMessage = Api.SlugRule.Message)]
    public string? Slug { get; set; }
}
