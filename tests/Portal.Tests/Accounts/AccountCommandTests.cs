using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>The commands an operator runs: the first admin, and tokens for automation.</summary>
[Collection(ProcessCollection.Name), Trait(Store.Trait, Store.Sqlite)]
public sealed class AccountCommandTests
{
    [Fact]
    public async Task The_first_admin_is_created_with_the_password_from_standard_input_and_tokens_print_alone()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = $"Data Source={folder.DatabasePath}" };

        var admin = await PortalProcess.RunAsync(["admin", "create", "--email", "chief@example.com", "--name", "Chief"], environment, input: "a long chief passphrase\n");
        var token = await PortalProcess.RunAsync(["token", "create", "--email", "chief@example.com", "--name", "deploy bot"], environment);

        Assert.Equal(0, admin.Code);
        Assert.DoesNotContain("a long chief passphrase", admin.Output + admin.Errors);
        Assert.Equal(0, token.Code);
        Assert.Matches("^portal_[A-Za-z0-9_-]{43}\n$", token.Output);
        using var factory = new PortalFactory(folder.DatabasePath);
        await factory.SignedInClientAsync("chief@example.com", "a long chief passphrase");
        var stored = await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().ApiTokens.SingleAsync());
        Assert.Equal("deploy bot", stored.Name);
        Assert.DoesNotContain(token.Output.Trim(), stored.Hash);
        Assert.True(await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            return await users.IsInRoleAsync((await users.FindByEmailAsync("chief@example.com"))!, Roles.Admin);
        }));
    }

    [Fact]
    public async Task A_weak_password_or_a_missing_email_creates_nobody()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = $"Data Source={folder.DatabasePath}" };

        var weak = await PortalProcess.RunAsync(["admin", "create", "--email", "chief@example.com"], environment, input: "short\n");
        var noEmail = await PortalProcess.RunAsync(["admin", "create"], environment, input: "a long chief passphrase\n");
        var unknownUser = await PortalProcess.RunAsync(["token", "create", "--email", "ghost@example.com", "--name", "x"], environment);

        Assert.NotEqual(0, weak.Code);
        Assert.Contains("at least 12 characters", weak.Errors);
        Assert.NotEqual(0, noEmail.Code);
        Assert.Contains("usage", noEmail.Errors);
        Assert.NotEqual(0, unknownUser.Code);
        Assert.Equal("", unknownUser.Output);
        using var factory = new PortalFactory(folder.DatabasePath);
        Assert.Equal(0, await factory.WithServicesAsync(services => services.GetRequiredService<PortalDbContext>().Users.CountAsync()));
    }
}
