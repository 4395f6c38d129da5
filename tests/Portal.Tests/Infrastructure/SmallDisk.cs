using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A small filesystem of its own (a tmpfs mount, which needs root, as CI and the test script run) that a test can fill
/// to the last byte and free again, to see what a full disk does to a save.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    public SmallDisk(int megabytes)
    {
        Path = Directory.CreateTempSubdirectory("portal-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Path);
        _filler = System.IO.Path.Combine(Path, "filler");
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "portal.db");

    /// <summary>Writes a file until the filesystem refuses another byte.</summary>
    public void Fill()
    {
        var chunk = new byte[4096];
        using var file = new FileStream(_filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                file.Write(chunk);
            }
        }
        catch (IOException)
        {
            // No space left: the disk is full.
        }
    }

    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Run("umount", "--lazy", Path);
        Directory.Delete(Path);
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }
    }
}
