using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

/// <summary>
/// Each newsroom account keeps its own public author page: the name its bylines print, a role and a short biography.
/// Bylines of that name link to the page; removing the profile takes the page down.
/// </summary>
public sealed class ProfileModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, AuditLog audit) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>The page's address while the profile exists; null before one is saved.</summary>
    public string? PublicSlug { get; private set; }

    public string? Notice { get; private set; }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Give the name your bylines print."), StringLength(ArticleByline.NameMaxLength), Display(Name = "Name, as bylines print it")]
        public string? Name { get; set; }

        [StringLength(AuthorProfile.RoleMaxLength), Display(Name = "Role (for example “Diplomatic correspondent”)")]
        public string? Role { get; set; }

        [StringLength(AuthorProfile.BioMaxLength), Display(Name = "Short biography")]
        public string? Bio { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OwnAsync(cancellationToken) is { } profile)
        {
            Input = new() { Name = profile.Name, Role = profile.Role, Bio = profile.Bio };
            PublicSlug = profile.Slug;
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var profile = await OwnAsync(cancellationToken);
        PublicSlug = profile?.Slug;
        var name = Typed.OrNull(Input.Name);
        var slug = name is null ? "" : ArticleByline.SlugOf(name);
        if (name is not null && slug.Length == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ProfileInput.Name)}", "The name needs letters or digits.");
        }
        else if (slug.Length > 0 && await db.AuthorProfiles.AnyAsync(p => p.Slug == slug && p.UserId != UserId, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ProfileInput.Name)}", "Another account's author page has this name; add a middle initial.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (profile is null)
        {
            profile = new AuthorProfile { UserId = UserId, Slug = slug, Name = name! };
            db.AuthorProfiles.Add(profile);
        }
        (profile.Slug, profile.Name, profile.Role, profile.Bio, profile.UpdatedAt) =
            (slug, name!, Typed.OrNull(Input.Role), Typed.OrNull(Input.Bio), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync(User.Identity?.Name, "author-profile.saved", slug, cancellationToken);
        (PublicSlug, Notice) = (slug, "Saved. Your author page is public.");
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await OwnAsync(cancellationToken) is { } profile)
        {
            db.AuthorProfiles.Remove(profile);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordNowAsync(User.Identity?.Name, "author-profile.removed", profile.Slug, cancellationToken);
        }
        ModelState.Clear();
        (Input, PublicSlug, Notice) = (new(), null, "Removed. You have no public author page.");
        return Page();
    }

    private string UserId => users.GetUserId(User)!;

    private Task<AuthorProfile?> OwnAsync(CancellationToken cancellationToken) =>
        db.AuthorProfiles.FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
}
