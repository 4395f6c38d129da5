using Microsoft.AspNetCore.Authentication;
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
    public static async Task<ApiCaller> IdentifyAsync(HttpContext context)
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
