namespace EcsKit.Aws;

/// <summary>What <see cref="EcsDestroyer"/> removes besides services and clusters, and how long it waits.</summary>
public sealed record EcsDestroyOptions
{
    /// <summary>
    /// Also deregister the task definition revisions EcsKit registered for the application (tagged
    /// <see cref="EcsAppTag.Key"/>); off by default, since running tasks elsewhere may still use them.
    /// </summary>
    public bool DeregisterTaskDefinitions { get; init; }

    /// <summary>Time between two polls while deleted services drain; 6 seconds by default.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How long deleted services may take to drain before their cluster is deleted anyway; 10 minutes by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
}
