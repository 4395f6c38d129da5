using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

/// <summary>
/// Where an invited account sets its own password, from the one-time link an admin sent: the token is a password-reset
/// token, spent by the first password set. A used, expired or forged link finds no page.
/// </summary>
public sealed class InviteModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    public sealed class InviteInput
    {
        [Required, Passphrase, DataType(DataType.Password), Display(Name = "Your password (12 characters or more)")]
        public string Password { get; set; } = "";

        [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "Password again")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await InvitedAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await InvitedAsync() is not { } user)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var set = await users.ResetPasswordAsync(user, Token!, Input.Password);
        if (!set.Succeeded)
        {
            foreach (var error in set.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InviteInput.Password)}", error.Description);
            }
            return Page();
        }
        await audit.RecordNowAsync(user.Email, "user.joined", user.Email!, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/admin");
    }

    /// <summary>The account the link invites, while its token is good and it has no password yet.</summary>
    private async Task<PortalUser?> InvitedAsync()
    {
        if (Email is null || Token is null || await users.FindByEmailAsync(Email) is not { } user || await users.HasPasswordAsync(user))
        {
            return null;
        }
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, Token);
        return valid ? user : null;
    }
}
