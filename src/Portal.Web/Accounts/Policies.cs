using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Who may do what. Admin pages sign people in with a cookie; the API accepts only bearer tokens, so a
/// browser's cookie can never write through the API.
/// </summary>
public static class Policies
{
    /// <summary>Anyone with a newsroom account, signed in to the admin area.</summary>
    public const string Newsroom = "Newsroom";

    /// <summary>Editors and admins, signed in to the admin area.</summary>
    public const string Editors = "Editors";

    /// <summary>Admins, signed in to the admin area.</summary>
    public const string Admins = "Admins";

    /// <summary>An API token belonging to an editor or admin.</summary>
    public const string ApiEditors = "ApiEditors";

    /// <summary>An API token belonging to an admin: what a metrics scraper uses.</summary>
    public const string ApiAdmins = "ApiAdmins";

    public static IServiceCollection AddPortalPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Newsroom, policy => policy.RequireRole(Roles.All))
            .AddPolicy(Editors, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Admins, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(ApiEditors, policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
                .RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(ApiAdmins, policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName)
                .RequireRole(Roles.Admin));
        return services;
    }
}
