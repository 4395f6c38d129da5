using Portal.Web.Accounts;
using Portal.Web.Database;
using Portal.Web.Imports.Evaluation;
using Portal.Web.Seed;

namespace Portal.Web.Hosting;

/// <summary>
/// What Portal does before it serves: always bring the schema up to date; then either run a command and
/// stop, or seed and go on to serve. Commands: <c>migrate</c>; <c>admin create</c> and <c>token create</c>
/// (see <see cref="AccountCommands"/>); <c>backup</c> and <c>restore</c> (see <see cref="BackupCommands"/>);
/// <c>generate-corpus N</c> (benchmarks only); <c>import-eval</c> (see <see cref="ImportEvalCommand"/>), before the store is touched.
/// </summary>
public static class PortalCommands
{
    /// <summary>Returns the exit code when a command ran and the process should stop, or null to serve.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (await ImportEvalCommand.RunAsync(args) is { } evaluated)
        {
            return evaluated;
        }
        await using (await app.Services.TakeStartupLockAsync())
        {
            await app.Services.MigrateDatabaseAsync();
            await app.Services.EnsureRolesAsync();
        }
        if ((await AccountCommands.RunAsync(app.Services, args) ?? await BackupCommands.RunAsync(app, args)) is { } exitCode)
        {
            return exitCode;
        }
        switch (args)
        {
            case ["migrate"]:
                return 0;
            case ["generate-corpus", var size]:
                if (!int.TryParse(size, out var count) || count < 1)
                {
                    await Console.Error.WriteLineAsync("usage: generate-corpus <number of articles>");
                    return 2;
                }
                if (app.Configuration.StoreProvider() != DatabaseProvider.Sqlite)
                {
                    await Console.Error.WriteLineAsync("generate-corpus writes a SQLite database directly; run it on SQLite.");
                    return 2;
                }
                await app.Services.SeedAsync();
                await SyntheticCorpus.GenerateAsync(app.Services, count);
                return 0;
            default:
                await using (await app.Services.TakeStartupLockAsync())
                {
                    await app.Services.SeedAsync();
                }
                return null;
        }
    }
}
