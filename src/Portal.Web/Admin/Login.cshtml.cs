using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Data.Accounts;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

public sealed class LoginModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher,
    LoginThrottle throttle, AuditLog audit, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>
    /// One answer for every failure: a wrong password, an unknown email and a locked account look alike,
    /// so the form cannot be used to find out who has an account.
    /// </summary>
    public const string Failed = "That email and password did not work. After repeated failures sign-in is paused for 15 minutes.";

    public const string Throttled = "Too many sign-in attempts from your address. Wait a minute and try again.";

    // Verifying against this for unknown emails makes them cost as much time as known ones.
    private static readonly string UnknownUserHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString());

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required, EmailAddress, StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required, StringLength(200), DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await throttle.TryAttemptAsync(HttpContext))
        {
            logger.LogWarning("Sign-in attempts throttled for {ClientAddress}", HttpContext.Connection.RemoteIpAddress?.ToString());
            ModelState.AddModelError("", Throttled);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "60";
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new PortalUser(), UnknownUserHash, Input.Password);
            await audit.RecordNowAsync(null, "login.failed", Input.Email, cancellationToken);
            ModelState.AddModelError("", Failed);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.RecordNowAsync(null, result.IsLockedOut ? "login.locked-out" : "login.failed", Input.Email, cancellationToken);
            ModelState.AddModelError("", Failed);
            return Page();
        }
        await audit.RecordNowAsync(user.Email, "login.succeeded", user.Email, cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
    }
}
