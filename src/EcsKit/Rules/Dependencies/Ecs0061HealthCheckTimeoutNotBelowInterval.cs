using System.Globalization;

namespace EcsKit.Rules;

/// <summary>ECS0061: a health-check timeout at least as long as its interval (ECS's defaults, 5 and 30 seconds, stand in for absent values).</summary>
internal static class Ecs0061HealthCheckTimeoutNotBelowInterval
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var check = container.HealthCheck;
            if (check is null || check.Interval.IsUnknown || check.Timeout.IsUnknown || (check.Interval.IsAbsent && check.Timeout.IsAbsent))
            {
                continue;
            }
            var interval = check.Interval.Or(DependencyLimits.DefaultHealthCheckInterval);
            var timeout = check.Timeout.Or(DependencyLimits.DefaultHealthCheckTimeout);
            // A value out of range is ECS0060's finding; comparing it would only repeat that.
            if (timeout < interval || !DependencyLimits.Get("interval").Contains(interval) || !DependencyLimits.Get("timeout").Contains(timeout))
            {
                continue;
            }
            context.Report(
                RuleIds.HealthCheckTimeoutNotBelowInterval,
                check.Timeout.IsKnown ? check.Member("timeout") : check.Member("interval"),
                "The health check of container '" + container.Name.Or("?") + "' has a timeout of " + Seconds(timeout, check.Timeout.IsAbsent)
                + " and an interval of " + Seconds(interval, check.Interval.IsAbsent)
                + ", so a slow check runs into the next one; make the timeout shorter than the interval.",
                check.Timeout.IsKnown && check.Interval.IsKnown ? new[] { check.Member("interval") } : System.Array.Empty<string>());
        }
    }

    private static string Seconds(int value, bool isDefault) =>
        value.ToString(CultureInfo.InvariantCulture) + " s" + (isDefault ? " (ECS's default)" : "");
}
