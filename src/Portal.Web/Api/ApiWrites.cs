using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>
/// What every API write (an action for editors' tokens) shares, in one place: the per-caller write limit,
/// and the documented errors: 401/403/429 for each; 404, 412 and 428 where If-Match applies; 400, 413 and
/// 415 where a body is read. Actions declare only their own.
/// </summary>
public sealed class ApiWrites : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var authorize = action.Attributes.OfType<AuthorizeAttribute>().Concat(action.Controller.Attributes.OfType<AuthorizeAttribute>());
        if (!authorize.Any(a => a.Policy == Policies.ApiEditors))
        {
            return;
        }
        foreach (var selector in action.Selectors)
        {
            selector.EndpointMetadata.Add(new EnableRateLimitingAttribute(ApiErrors.WriteLimit));
        }
        var methods = action.Attributes.OfType<Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute>().SelectMany(m => m.HttpMethods).ToList();
        var conditional = methods.Any(m => m is "PUT" or "PATCH" or "DELETE");
        var readsBody = methods.Any(m => m is "PUT" or "PATCH") || action.Attributes.OfType<ConsumesAttribute>().Any()
            || action.Controller.Attributes.OfType<ConsumesAttribute>().Any();
        int[] statuses =
        [
            StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests,
            .. conditional ? [StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired] : Array.Empty<int>(),
            .. readsBody ? [StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType] : Array.Empty<int>(),
        ];
        foreach (var status in statuses)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), status, "application/problem+json"));
        }
        if (readsBody)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json"));
        }
    }
}
