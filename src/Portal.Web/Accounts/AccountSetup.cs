using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

public static class AccountSetup
{
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Cookies travel only over HTTPS, except on a developer's machine or where configuration says the
        // portal is reached over plain HTTP on purpose (loopback tests, a local container).
        var secureCookies = configuration.GetValue("Portal:Cookies:SecureOnly", !environment.IsDevelopment())
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = PassphraseAttribute.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Portal:Login:FailuresBeforeLockout", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Portal:Login:LockoutMinutes", 15));
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders();
        // An invitation link (a password-reset token) works once, for three days.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));
        // The security stamp is checked on every request: logout and password changes end every session at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "portal.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secureCookies;
            options.LoginPath = "/admin/login";
            options.LogoutPath = "/admin/logout";
            options.AccessDeniedPath = "/admin/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A security event: who was turned away from what (the path only, never the query string).
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Web.Accounts.Access")
                    .LogWarning("Access denied: {User} may not open {Path}", context.HttpContext.User.Identity?.Name, context.Request.Path.Value);
                return redirectToAccessDenied(context);
            };
        });
        // The keys that protect sign-in and antiforgery cookies live in the database: every instance reads the cookies
        // another wrote, and a restart or a new container signs no one out.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal.antiforgery";
            options.Cookie.SecurePolicy = secureCookies;
        });
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddPortalPolicies();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<FirstAdminLink>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<AuditLog>();
        return services;
    }

    /// <summary>Creates the newsroom roles when missing. Roles are not credentials; no user is ever created here.</summary>
    public static async Task EnsureRolesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var existing = await roles.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Where(role => !existing.Contains(role)))
        {
            try
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            catch (DbUpdateException)
            {
                // Instances starting together on one database: another created the role first. The failed row must not
                // be saved again with the next role.
                scope.ServiceProvider.GetRequiredService<PortalDbContext>().ChangeTracker.Clear();
                if (!await roles.RoleExistsAsync(role))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Whether anyone can sign in yet; when not, start-up says how to create the first admin.</summary>
    public static async Task<bool> AnyAccountAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(cancellationToken);
    }
}
