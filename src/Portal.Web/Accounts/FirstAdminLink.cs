using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Accounts;

/// <summary>
/// A one-time link that creates the first admin from a browser. Its key is random per process, printed to
/// the log at start-up while no account exists, and dead once used or once any account exists.
/// </summary>
public sealed class FirstAdminLink
{
    private readonly byte[] _key = Encoding.ASCII.GetBytes(RandomNumberGenerator.GetHexString(32, lowercase: true));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _used;

    public string Path => $"/admin/setup?key={Encoding.ASCII.GetString(_key)}";

    public bool Opens(string? key) =>
        !Volatile.Read(ref _used) && key is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key), _key);

    /// <summary>
    /// Runs <paramref name="create"/> for a key that opens the link, one request at a time, and returns whether
    /// it succeeded; a success uses the link up. Null when the key does not open it (any more).
    /// </summary>
    public async Task<bool?> UseAsync(string? key, Func<Task<bool>> create, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!Opens(key))
            {
                return null;
            }
            var succeeded = await create();
            Volatile.Write(ref _used, succeeded);
            return succeeded;
        }
        finally
        {
            _gate.Release();
        }
    }
}
