using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>Who is calling an API read that shows more to editors (drafts) than to everyone else.</summary>
public enum ApiCaller
{
    Anonymous,
    Editor,

    /// <summary>A bearer token was sent but is unknown, revoked, or its owner is locked out.</summary>
    Refused,
}

public static class ApiCallers
{
    private static readonly object Key = new();

    /// <summary>Whether this API request came with an editor's token (set by <see cref="RefuseInvalidTokens"/>).</summary>
    public static bool IsEditorCall(this HttpContext context) => context.Items[Key] is ApiCaller.Editor;

    /// <summary>
    /// Identifies the caller of every API action by bearer token only (never the browser's cookie), and
    /// answers 401 when a token is sent that is not valid, instead of quietly reading as anonymous.
    /// </summary>
    public sealed class RefuseInvalidTokens(ProblemDetailsFactory problems) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var caller = await IdentifyAsync(context.HttpContext);
            if (caller == ApiCaller.Refused)
            {
                var problem = problems.CreateProblemDetails(context.HttpContext, StatusCodes.Status401Unauthorized, "The API token is not valid");
                context.Result = new ObjectResult(problem) { StatusCode = StatusCodes.Status401Unauthorized };
                return;
            }
            context.HttpContext.Items[Key] = caller;
            await next();
        }
    }

    private static async Task<ApiCaller> IdentifyAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count == 0)
        {
            return ApiCaller.Anonymous;
        }
        var result = await context.AuthenticateAsync(ApiTokenAuthentication.SchemeName);
        if (!result.Succeeded)
        {
            return ApiCaller.Refused;
        }
        context.User = result.Principal;
        // A writer's token reads what everyone reads.
        return result.Principal.IsInRole(Roles.Admin) || result.Principal.IsInRole(Roles.Editor) ? ApiCaller.Editor : ApiCaller.Anonymous;
    }
}
