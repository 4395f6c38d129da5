using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

/// <summary>
/// Creates the first admin through the one-time link start-up prints while no account exists. Without the
/// right key, or once anyone has an account, the page does not exist.
/// </summary>
public sealed class SetupModel(FirstAdminLink link, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit, TimeProvider clock)
    : PageModel
{
    public sealed class SetupInput
    {
        [Required, EmailAddress, StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [StringLength(PortalUser.DisplayNameMaxLength), Display(Name = "Your name (optional)")]
        public string? DisplayName { get; set; }

        [Required, Passphrase, DataType(DataType.Password), Display(Name = "Password (12 characters or more)")]
        public string Password { get; set; } = "";

        [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "Password again")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await IsOpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        PortalUser? created = null;
        var used = await link.UseAsync(Key, async () =>
        {
            // Checked again inside the link's gate: two people racing for the link cannot both become admin.
            if (await users.Users.AnyAsync(cancellationToken))
            {
                return false;
            }
            var (user, result) = await users.CreateAccountAsync(Input.Email, Input.DisplayName, Input.Password, Roles.Admin, clock);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password") ? $"{nameof(Input)}.{nameof(SetupInput.Password)}" : $"{nameof(Input)}.{nameof(SetupInput.Email)}", error.Description);
            }
            created = result.Succeeded ? user : null;
            return result.Succeeded;
        }, cancellationToken);
        if (used != true || created is null)
        {
            return ModelState.IsValid ? NotFound() : Page();
        }
        await audit.RecordNowAsync(created.Email, "user.created", $"{created.Email} as {Roles.Admin} (one-time setup link)", cancellationToken);
        await signIn.SignInAsync(created, isPersistent: false);
        return Redirect("/admin");
    }

    private async Task<bool> IsOpenAsync(CancellationToken cancellationToken) =>
        link.Opens(Key) && !await users.Users.AnyAsync(cancellationToken);
}
