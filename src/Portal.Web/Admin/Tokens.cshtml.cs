using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

/// <summary>API tokens: everyone sees and revokes their own; admins see and revoke all.</summary>
public sealed class TokensModel(PortalDbContext db, UserManager<PortalUser> users, ApiTokens tokens) : PageModel
{
    public sealed record TokenRow(int Id, string Name, string Prefix, string Owner, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>The secret of the token just created, shown on this one response only.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty]
    [Required, StringLength(ApiToken.NameMaxLength), Display(Name = "Token name")]
    public string Name { get; set; } = "";

    private bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await users.GetUserAsync(User) is { } user)
        {
            NewSecret = (await tokens.CreateAsync(user, Name, cancellationToken)).Secret;
            Name = "";
            ModelState.Clear();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user || !await tokens.RevokeAsync(id, user, IsAdmin, cancellationToken))
        {
            return NotFound();
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        Tokens = await db.ApiTokens.AsNoTracking()
            .Where(t => IsAdmin || t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.User!.Email ?? "", t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }
}
