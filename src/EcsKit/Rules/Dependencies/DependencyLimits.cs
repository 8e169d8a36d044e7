namespace EcsKit.Rules;

/// <summary>The limits the dependencies section checks, as the ECS API model states them.</summary>
internal static class DependencyLimits
{
    /// <summary>startTimeout and stopTimeout on Fargate, in seconds.</summary>
    public static readonly Bound FargateTimeout = new("timeout", 2, 120);

    /// <summary>The health-check members and their ranges (seconds, retries a count).</summary>
    public static readonly Bound[] HealthCheck =
    {
        new("interval", 5, 300),
        new("timeout", 2, 60),
        new("retries", 1, 10),
        new("startPeriod", 0, 300),
    };

    /// <summary>ECS's health-check interval when none is given, in seconds.</summary>
    public const int DefaultHealthCheckInterval = 30;

    /// <summary>ECS's health-check timeout when none is given, in seconds.</summary>
    public const int DefaultHealthCheckTimeout = 5;

    /// <summary>The first element a health-check command may start with.</summary>
    public static readonly string[] HealthCheckCommandKinds = { "CMD", "CMD-SHELL" };

    /// <summary>restartPolicy.restartAttemptPeriod, in seconds.</summary>
    public static readonly Bound RestartAttemptPeriod = new("restartAttemptPeriod", 60, 1800);

    /// <summary>The most exit codes restartPolicy.ignoredExitCodes may list.</summary>
    public const int MaxIgnoredExitCodes = 50;

    /// <summary>The first Linux Fargate platform version that supports container restart policies.</summary>
    public static readonly int[] RestartPolicyMinimumFargatePlatform = { 1, 4, 0 };

    public static Bound Get(string member)
    {
        foreach (var bound in HealthCheck)
        {
            if (bound.Member == member)
            {
                return bound;
            }
        }
        throw new System.ArgumentOutOfRangeException(nameof(member), member, "No health-check bound.");
    }

    /// <summary>An inclusive range of a member.</summary>
    internal sealed class Bound
    {
        public Bound(string member, int min, int max)
        {
            Member = member;
            Min = min;
            Max = max;
        }

        public string Member { get; }

        public int Min { get; }

        public int Max { get; }

        public bool Contains(int value) => value >= Min && value <= Max;
    }
}
