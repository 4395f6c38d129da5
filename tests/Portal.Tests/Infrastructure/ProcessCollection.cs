namespace Portal.Tests.Infrastructure;

/// <summary>
/// Tests that run Portal as its own processes and load it (kills, soak, sqlmap, shutdown, logs, backups) run one at
/// a time and alone, so that their timings measure Portal and not the other tests sharing the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Portal processes";
}
