using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

public static class AccountCreation
{
    /// <summary>
    /// Creates a newsroom account in its role: the one way accounts come to be, from a command or a form. Without a
    /// password the account waits for its invitation (<see cref="InvitationAsync"/>).
    /// </summary>
    public static async Task<(PortalUser User, IdentityResult Result)> CreateAccountAsync(this UserManager<PortalUser> users,
        string email, string? displayName, string? password, string role, TimeProvider clock)
    {
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }
        return (user, result);
    }

    /// <summary>The path of the one-time link by which the account sets its own password (a password-reset token).</summary>
    public static async Task<string> InvitationAsync(this UserManager<PortalUser> users, PortalUser user) =>
        $"/admin/invite?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync(user))}";
}
