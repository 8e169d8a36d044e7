using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0023: a keep-alive command (tail -f, sleep infinity, an endless sleep loop) holds the container up while the real process runs in the background.</summary>
internal static class Ecs0023KeepAliveAntiPattern
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var item in ProcessContainers.Of(task))
        {
            if (item.Analysis.Form != CommandForm.Shell)
            {
                continue;
            }
            foreach (var path in item.Analysis.Paths())
            {
                if (ProcessFindings.KeepAlive(path) is not { } finding)
                {
                    continue;
                }
                var names = finding.Hidden.Select(p => p.Program.Name).Distinct(System.StringComparer.Ordinal).ToList();
                var hidden = ProcessFindings.Names(names);
                var message = names.Count == 1
                    ? $"Container '{item.Name}' keeps itself alive with '{finding.KeepAlive.Program.Name}' while {hidden} runs in the background; ECS then cannot see that process stop: run it in the foreground with exec instead."
                    : $"Container '{item.Name}' keeps itself alive with '{finding.KeepAlive.Program.Name}' while {hidden} run in the background; ECS then cannot see those processes stop: run each in the foreground of its own container instead.";
                context.Report(RuleIds.KeepAliveAntiPattern, item.Analysis.Path, message);
                break;
            }
        }
    }
}
