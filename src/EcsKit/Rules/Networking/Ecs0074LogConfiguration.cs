using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>
/// ECS0074: a log configuration ECS rejects: on Fargate a driver other than awslogs, splunk or awsfirelens; awslogs
/// without awslogs-group or awslogs-region; on Fargate awslogs without awslogs-stream-prefix.
/// </summary>
internal static class Ecs0074LogConfiguration
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var log = container.LogConfiguration;
            if (log is null || !log.LogDriver.IsKnown)
            {
                continue;
            }
            var name = container.Name.Or("?");
            var driver = log.LogDriver.Value;
            if (task.IsFargate && !NetworkingLimits.IsOneOf(driver, NetworkingLimits.FargateLogDrivers))
            {
                context.Report(
                    RuleIds.LogConfiguration,
                    log.Member("logDriver"),
                    "Container '" + name + "' logs with the " + driver
                    + " driver, which Fargate does not support; use awslogs, splunk or awsfirelens (FireLens can forward to other destinations).");
                continue;
            }
            if (driver != "awslogs" || !log.OptionsComplete)
            {
                continue;
            }
            var required = new List<string>(NetworkingLimits.AwslogsRequiredOptions);
            if (task.IsFargate)
            {
                required.Add(NetworkingLimits.AwslogsStreamPrefix);
            }
            var missing = required.Where(option => !log.Options.ContainsKey(option)).Select(option => "'" + option + "'").ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            context.Report(
                RuleIds.LogConfiguration,
                log.Options.Count == 0 ? log.Member("logDriver") : log.Member("options"),
                "Container '" + name + "' logs with awslogs but its options lack " + Join(missing) + ", which ECS requires"
                + (task.IsFargate ? " on Fargate" : "") + "; add " + (missing.Count == 1 ? "it" : "them") + ".");
        }
    }

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
