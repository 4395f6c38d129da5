using Microsoft.AspNetCore.Identity;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Account commands for operators and automation. Passwords come from standard input (prompted without
/// echo on a terminal), never from the command line, where other users and shell history would see them.
/// </summary>
public static class AccountCommands
{
    public const string Usage = """
        usage: admin create --email <email> [--name <display name>]   (password from standard input)
               token create --email <email> --name <token name>       (prints the token and nothing else)
        """;

    /// <summary>Runs an account command; null when the arguments are not one.</summary>
    public static async Task<int?> RunAsync(IServiceProvider services, string[] args) => args switch
    {
        ["admin", "create", .. var options] => await CreateAdminAsync(services, Options(options)),
        ["token", "create", .. var options] => await CreateTokenAsync(services, Options(options)),
        ["admin" or "token", ..] => await FailAsync(Usage),
        _ => null,
    };

    private static async Task<int> CreateAdminAsync(IServiceProvider services, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email))
        {
            return await FailAsync(Usage);
        }
        var password = ReadPassword();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var (_, created) = await users.CreateAccountAsync(email, options.GetValueOrDefault("name"), password, Roles.Admin, clock);
        if (!created.Succeeded)
        {
            return await FailAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
        }
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(null, "user.created", $"{email} as {Roles.Admin} (command line)", default);
        await Console.Error.WriteLineAsync($"Created admin {email}. Sign in at /admin/login.");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, Dictionary<string, string> options)
    {
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("name", out var name)
            || string.IsNullOrWhiteSpace(name) || name.Length > ApiToken.NameMaxLength)
        {
            return await FailAsync(Usage);
        }
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        if (user is null)
        {
            return await FailAsync($"No user has the email {email}.");
        }
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user, name, default);
        Console.Out.WriteLine(created.Secret);
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }
        return options;
    }

    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }
        Console.Error.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
