using System;
using System.Globalization;

namespace EcsKit.Rules;

/// <summary>
/// ECS0063: a restart policy out of bounds (restartAttemptPeriod outside 60 to 1800 seconds, more than 50 ignored exit
/// codes) or where ECS does not support it (Windows on Fargate; a Fargate service on a platform version before 1.4.0).
/// </summary>
internal static class Ecs0063RestartPolicyBounds
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var policy = container.RestartPolicy;
            if (policy is null)
            {
                continue;
            }
            var name = container.Name.Or("?");
            var period = DependencyLimits.RestartAttemptPeriod;
            if (policy.RestartAttemptPeriod.IsKnown && !period.Contains(policy.RestartAttemptPeriod.Value))
            {
                context.Report(
                    RuleIds.RestartPolicyBounds,
                    policy.Member("restartAttemptPeriod"),
                    "The restart policy of container '" + name + "' sets restartAttemptPeriod to " + Int(policy.RestartAttemptPeriod.Value)
                    + " seconds, outside the " + Int(period.Min) + " to " + Int(period.Max) + " ECS accepts; choose a value in that range.");
            }
            // A partly known list that already holds more than the limit proves the finding.
            if (policy.IgnoredExitCodes.Count > DependencyLimits.MaxIgnoredExitCodes)
            {
                context.Report(
                    RuleIds.RestartPolicyBounds,
                    policy.Member("ignoredExitCodes"),
                    "The restart policy of container '" + name + "' ignores " + Int(policy.IgnoredExitCodes.Count)
                    + " exit codes, more than the " + Int(DependencyLimits.MaxIgnoredExitCodes) + " ECS accepts; list fewer.");
            }
            if (policy.Enabled.Is(true) && task.IsFargate && task.IsWindows)
            {
                context.Report(
                    RuleIds.RestartPolicyBounds,
                    policy.Member("enabled"),
                    "Container '" + name + "' enables a restart policy, which Fargate does not support for Windows containers; remove it or run the task on EC2.",
                    task.Member("runtimePlatform"));
            }
        }
    }

    /// <summary>The service part: a Fargate service pinned to a Linux platform version before 1.4.0 runs containers with a restart policy.</summary>
    public static void CheckService(ServiceFacts service, TaskFacts? task, RuleContext context)
    {
        if (task is null || task.IsWindows || !service.PlatformVersion.IsKnown || !RunsOnFargate(service, task))
        {
            return;
        }
        var version = Version(service.PlatformVersion.Value);
        if (version is null || !Below(version, DependencyLimits.RestartPolicyMinimumFargatePlatform))
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            if (container.RestartPolicy is { } policy && policy.Enabled.Is(true))
            {
                context.Report(
                    RuleIds.RestartPolicyBounds,
                    service.Member("platformVersion"),
                    "Service '" + service.Name.Or("?") + "' runs on Fargate platform version " + service.PlatformVersion.Value + ", but container '"
                    + container.Name.Or("?") + "' enables a restart policy, which needs 1.4.0 or later; use platform version 1.4.0 or LATEST.",
                    policy.Member("enabled"));
            }
        }
    }

    /// <summary>A FARGATE launch type, or a capacity provider strategy made only of Fargate providers.</summary>
    private static bool RunsOnFargate(ServiceFacts service, TaskFacts task)
    {
        if (service.LaunchType.IsKnown)
        {
            return service.LaunchType.Value == "FARGATE";
        }
        if (service.LaunchType.IsUnknown || service.CapacityProviders.Count == 0 || !service.CapacityProviders.IsComplete)
        {
            return false;
        }
        foreach (var provider in service.CapacityProviders)
        {
            if (!(provider.Is("FARGATE") || provider.Is("FARGATE_SPOT")))
            {
                return false;
            }
        }
        return task.IsFargate;
    }

    /// <summary>A platform version such as 1.3.0 as numbers; null for LATEST or anything else.</summary>
    private static int[]? Version(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }
        return numbers;
    }

    private static bool Below(int[] version, int[] minimum)
    {
        for (var i = 0; i < minimum.Length; i++)
        {
            if (version[i] != minimum[i])
            {
                return version[i] < minimum[i];
            }
        }
        return false;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
