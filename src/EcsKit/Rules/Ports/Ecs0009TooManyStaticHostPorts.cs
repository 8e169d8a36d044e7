using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0009: more distinct static host ports (bridge or host mode) in one task than a container instance can reserve:
/// 100 reserved ports per instance, ECS's own 6 (and any <see cref="RuleOptions.ReservedHostPorts"/>) included.
/// Dynamic host ports do not count.
/// </summary>
internal static class Ecs0009TooManyStaticHostPorts
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        var limit = PortData.InstancePortLimit - PortData.ReservedPorts(context.Options).Count;
        var distinct = new HashSet<string>(System.StringComparer.Ordinal);
        HostPortUse? over = null;
        foreach (var use in HostPorts.OnInstance(task))
        {
            if (!use.IsRange && distinct.Add(use.Describe()) && distinct.Count == limit + 1)
            {
                over = use;
            }
        }
        if (over is null)
        {
            return;
        }
        context.Report(RuleIds.TooManyStaticHostPorts, over.Path,
            PortText.Task(task) + " maps " + HostPorts.Number(distinct.Count) + " distinct static host ports, but a container instance reserves at most "
            + HostPorts.Number(PortData.InstancePortLimit) + " ports, its own " + HostPorts.Number(PortData.InstancePortLimit - limit)
            + " included, so at most " + HostPorts.Number(limit) + " fit; omit hostPort on most mappings for dynamic host ports, which do not count.");
    }
}
