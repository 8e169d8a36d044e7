using System;

namespace EcsKit.Rules;

/// <summary>
/// ECS0032: a Fargate size the task's operating system or the service's platform version does not run. Windows takes
/// 1024, 2048 or 4096 CPU units only (<see cref="CheckTask"/>); 8192 and 16384 CPU units need Linux platform version
/// 1.4.0 or later, which the service chooses (<see cref="CheckService"/>).
/// </summary>
internal static class Ecs0032FargateSizeUnsupportedForPlatform
{
    /// <summary>The operating-system part, on the task definition alone.</summary>
    public static void CheckTask(TaskFacts task, RuleContext context)
    {
        if (!task.IsFargate || !task.IsWindows || TaskSize.Cpu(task) is not { } units)
        {
            return;
        }
        // A CPU value outside the table is ECS0030's finding.
        if (FargateSizes.Find(units) is null || FargateSizes.IsWindowsCpu(units))
        {
            return;
        }
        context.Report(RuleIds.FargateSizeUnsupportedForPlatform, task.Member("cpu"),
            "Windows tasks on Fargate take " + FargateSizes.Join(FargateSizes.WindowsCpus) + " CPU units, not " + TaskSizeText.Cpu(task, units)
            + "; pick one of those with a memory value that goes with it.",
            task.Member("runtimePlatform.operatingSystemFamily"));
    }

    /// <summary>The platform-version part: a service that pins Fargate platform version older than 1.4.0 for a large task.</summary>
    public static void CheckService(ServiceFacts service, TaskFacts? task, RuleContext context)
    {
        // Windows is the task part's finding; an unknown operating system may be Windows.
        if (task is null || !task.IsFargate || task.IsWindows || task.OperatingSystemFamily.IsUnknown)
        {
            return;
        }
        if (service.LaunchType.IsKnown && service.LaunchType.Value != "FARGATE")
        {
            return;
        }
        if (TaskSize.Cpu(task) is not { } units || FargateSizes.Find(units) is not { LinuxPlatform14Only: true })
        {
            return;
        }
        if (!service.PlatformVersion.IsKnown || !IsBefore(service.PlatformVersion.Value, FargateSizes.LargeSizesPlatform))
        {
            return;
        }
        context.Report(RuleIds.FargateSizeUnsupportedForPlatform, service.Member("platformVersion"),
            "The service runs its task on Fargate platform version " + service.PlatformVersion.Value + ", but a task of " + TaskSizeText.Cpu(task, units)
            + " needs Linux platform version 1.4.0 or later; set platformVersion to 1.4.0 or LATEST, or use 4096 CPU units or fewer.",
            task.Member("cpu"));
    }

    /// <summary>True when <paramref name="platformVersion"/> is a version number older than <paramref name="minimum"/>; LATEST and anything unreadable are not.</summary>
    private static bool IsBefore(string platformVersion, Version minimum)
    {
        var text = platformVersion.Trim();
        if (text.Length > 0 && (text[0] == 'v' || text[0] == 'V'))
        {
            text = text.Substring(1);
        }
        return Version.TryParse(text, out var version) && version < minimum;
    }
}
