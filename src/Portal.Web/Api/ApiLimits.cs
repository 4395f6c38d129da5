using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Web.Api;

public static class ApiLimits
{
    /// <summary>The largest JSON or text body a write accepts: a 200,000-character story in UTF-8 with room to spare.</summary>
    public const long MaxBodyBytes = 1_048_576;

    /// <summary>Field errors from a service, as the 400 validation problem clients already know.</summary>
    public static ActionResult ValidationProblemFor(this ControllerBase controller, IReadOnlyDictionary<string, string[]> errors)
    {
        var state = new ModelStateDictionary();
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(field, message);
            }
        }
        return controller.ValidationProblem(state);
    }
}
