using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Microsoft.Extensions.Options;
using Portal.Web.Accounts;
using Portal.Web.Hosting;

namespace Portal.Web.Admin;

/// <summary>Admins create accounts, give each one role and send it a one-time link by which it sets its own password.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class UsersModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, AuditLog audit, IOptions<SiteOptions> site) : PageModel
{
    public sealed record UserRow(string Email, string? DisplayName, string Roles, bool LockedOut);

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public sealed class NewUserInput
    {
        [Required, EmailAddress, StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [StringLength(PortalUser.DisplayNameMaxLength), Display(Name = "Name")]
        public string? DisplayName { get; set; }

        [Required, Display(Name = "Role")]
        public string Role { get; set; } = Roles.Writer;
    }

    /// <summary>The invitation link of the account just added, to send to its owner.</summary>
    [TempData]
    public string? Invitation { get; set; }

    [TempData]
    public string? Invited { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(NewUserInput.Role)}", "Choose one of the roles listed.");
        }
        if (ModelState.IsValid)
        {
            var (user, result) = await users.CreateAccountAsync(Input.Email, Input.DisplayName, null, Input.Role, clock);
            if (result.Succeeded)
            {
                await audit.RecordNowAsync(User.Identity?.Name, "user.invited", $"{Input.Email} as {Input.Role}", cancellationToken);
                (Invited, Invitation) = (Input.Email, site.Value.BaseUrl(Request) + await users.InvitationAsync(user));
                return RedirectToPage();
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(NewUserInput.Email)}", error.Description);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        Users = rows.Select(u => new UserRow(u.Email ?? "", u.DisplayName, string.Join(", ", u.Roles), u.LockoutEnd > now)).ToList();
    }
}
