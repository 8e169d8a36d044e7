namespace EcsKit.Rules;

/// <summary>What the networking section checks against, as the ECS docs state it.</summary>
internal static class NetworkingLimits
{
    /// <summary>The only Linux capability a Fargate container may add.</summary>
    public static readonly string[] FargateAddableCapabilities = { "SYS_PTRACE" };

    /// <summary>The only pidMode Fargate accepts.</summary>
    public const string FargatePidMode = "task";

    /// <summary>The log drivers Fargate supports.</summary>
    public static readonly string[] FargateLogDrivers = { "awslogs", "splunk", "awsfirelens" };

    /// <summary>The awslogs options ECS requires on every launch type.</summary>
    public static readonly string[] AwslogsRequiredOptions = { "awslogs-group", "awslogs-region" };

    /// <summary>The awslogs option Fargate requires on top.</summary>
    public const string AwslogsStreamPrefix = "awslogs-stream-prefix";

    public static bool IsOneOf(string value, string[] values, System.StringComparison comparison = System.StringComparison.Ordinal)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(value, candidate, comparison))
            {
                return true;
            }
        }
        return false;
    }
}
