using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>A temporary folder for a test's database, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("portal-test-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "portal.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}
