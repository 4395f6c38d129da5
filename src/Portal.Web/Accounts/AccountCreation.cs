using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

public static class AccountCreation
{
    /// <summary>Creates a newsroom account in its role: the one way accounts come to be, from a command or a form.</summary>
    public static async Task<(PortalUser User, IdentityResult Result)> CreateAccountAsync(this UserManager<PortalUser> users,
        string email, string? displayName, string password, string role, TimeProvider clock)
    {
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }
        return (user, result);
    }
}
