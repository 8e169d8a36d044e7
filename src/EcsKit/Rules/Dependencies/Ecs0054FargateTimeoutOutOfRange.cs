using System.Globalization;

namespace EcsKit.Rules;

/// <summary>ECS0054: a Fargate container's startTimeout or stopTimeout outside 2 to 120 seconds.</summary>
internal static class Ecs0054FargateTimeoutOutOfRange
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.IsFargate)
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            Check(container, container.StartTimeout, "startTimeout", context);
            Check(container, container.StopTimeout, "stopTimeout", context);
        }
    }

    private static void Check(ContainerFacts container, Fact<int> timeout, string member, RuleContext context)
    {
        var bound = DependencyLimits.FargateTimeout;
        if (timeout.IsKnown && !bound.Contains(timeout.Value))
        {
            context.Report(
                RuleIds.FargateTimeoutOutOfRange,
                container.Member(member),
                "Container '" + container.Name.Or("?") + "' sets " + member + " to " + timeout.Value.ToString(CultureInfo.InvariantCulture)
                + " seconds, but on Fargate it must be between " + bound.Min.ToString(CultureInfo.InvariantCulture) + " and "
                + bound.Max.ToString(CultureInfo.InvariantCulture) + " seconds; choose a value in that range.");
        }
    }
}
