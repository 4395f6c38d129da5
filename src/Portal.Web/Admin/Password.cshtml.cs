using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

public sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Changed { get; private set; }

    public sealed class PasswordInput
    {
        [Required, StringLength(200), DataType(DataType.Password), Display(Name = "Current password")]
        public string Current { get; set; } = "";

        [Required, Passphrase, DataType(DataType.Password), Display(Name = "New password")]
        public string New { get; set; } = "";

        [Required, Compare(nameof(New), ErrorMessage = "The two new passwords differ."), DataType(DataType.Password), Display(Name = "New password again")]
        public string Confirm { get; set; } = "";
    }

    public void OnGet()
    {
    }

    /// <summary>A changed password gets a new security stamp, which ends every other session; this one is renewed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || await users.GetUserAsync(User) is not { } user)
        {
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? $"{nameof(Input)}.{nameof(PasswordInput.Current)}" : $"{nameof(Input)}.{nameof(PasswordInput.New)}";
                ModelState.AddModelError(field, error.Code == "PasswordMismatch" ? "This is not your current password." : error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await audit.RecordNowAsync(user.Email, "password.changed", user.Email, cancellationToken);
        Changed = true;
        Input = new();
        return Page();
    }
}
