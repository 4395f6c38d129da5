using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Signs out everywhere: a new security stamp invalidates every cookie this user holds.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordNowAsync(user.Email, "logout", user.Email, cancellationToken);
        }
        await signIn.SignOutAsync();
        return Redirect("/admin/login");
    }
}
