namespace EcsKit.Aws;

/// <summary>How <see cref="EcsDeployer"/> waits for the services it touched.</summary>
public sealed record EcsDeployOptions
{
    /// <summary>Wait until every created or updated service is stable (the default), or return once the calls are made.</summary>
    public bool WaitForSteadyState { get; init; } = true;

    /// <summary>Time between two DescribeServices while waiting; 6 seconds by default.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How long services may take to become stable before the deploy counts as timed out; 10 minutes by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many stopped tasks, newest first, a failed or timed-out service reports; 10 by default.</summary>
    public int MaxStoppedTasks { get; init; } = 10;
}
