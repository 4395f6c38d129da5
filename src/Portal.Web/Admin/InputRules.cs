using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Admin;

/// <summary>
/// A newsroom form keeps no copy of the API's rules: it maps itself to the API input and reports that input's
/// refusals, whose member names are the form's own, so each message stands beside its field.
/// </summary>
public static class InputRules
{
    public static IEnumerable<ValidationResult> Refusals(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results;
    }
}
