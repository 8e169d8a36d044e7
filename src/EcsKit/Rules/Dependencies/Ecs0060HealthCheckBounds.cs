using System;
using System.Globalization;

namespace EcsKit.Rules;

/// <summary>ECS0060: a health check whose interval, timeout, retries or startPeriod is out of range, or whose command does not start with CMD or CMD-SHELL.</summary>
internal static class Ecs0060HealthCheckBounds
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var check = container.HealthCheck;
            if (check is null)
            {
                continue;
            }
            var name = container.Name.Or("?");
            CheckCommand(name, check, context);
            foreach (var bound in DependencyLimits.HealthCheck)
            {
                var value = Value(check, bound.Member);
                if (value.IsKnown && !bound.Contains(value.Value))
                {
                    context.Report(
                        RuleIds.HealthCheckBounds,
                        check.Member(bound.Member),
                        "The health check of container '" + name + "' sets " + bound.Member + " to " + Int(value.Value)
                        + ", outside the " + Int(bound.Min) + " to " + Int(bound.Max) + " ECS accepts; choose a value in that range.");
                }
            }
        }
    }

    private static void CheckCommand(string name, HealthCheckFacts check, RuleContext context)
    {
        var path = check.Member("command");
        if (check.Command.Count == 0)
        {
            if (check.Command.IsComplete)
            {
                context.Report(
                    RuleIds.HealthCheckBounds,
                    path,
                    "The health check of container '" + name + "' has an empty command; start it with CMD or CMD-SHELL followed by the command to run.");
            }
            return;
        }
        var kind = check.Command[0];
        if (!kind.IsKnown)
        {
            return;
        }
        if (Array.IndexOf(DependencyLimits.HealthCheckCommandKinds, kind.Value) < 0)
        {
            context.Report(
                RuleIds.HealthCheckBounds,
                path + "[0]",
                kind.Value == "NONE"
                    ? "The health check of container '" + name + "' starts with NONE, Docker's way to turn a check off, but ECS takes only CMD or CMD-SHELL; remove healthCheck to run without one."
                    : "The health check of container '" + name + "' starts with '" + kind.Value
                      + "' instead of CMD or CMD-SHELL; put CMD (run the arguments directly) or CMD-SHELL (run them through the shell) first.");
        }
        else if (check.Command.Count == 1 && check.Command.IsComplete)
        {
            context.Report(
                RuleIds.HealthCheckBounds,
                path,
                "The health check of container '" + name + "' gives " + kind.Value + " but no command to run; add the command after it.");
        }
    }

    private static Fact<int> Value(HealthCheckFacts check, string member) => member switch
    {
        "interval" => check.Interval,
        "timeout" => check.Timeout,
        "retries" => check.Retries,
        _ => check.StartPeriod,
    };

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
