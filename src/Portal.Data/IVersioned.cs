namespace Portal.Data;

/// <summary>
/// A record edited by people. <see cref="Version"/> is the optimistic concurrency token:
/// <see cref="PortalDbContext"/> bumps it on every save, and a save made against a stale
/// version fails instead of overwriting someone else's edit.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
