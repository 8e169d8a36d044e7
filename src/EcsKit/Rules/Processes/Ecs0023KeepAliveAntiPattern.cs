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
                var hidden = ProcessFindings.Names(finding.Hidden.Select(p => p.Program.Name));
                context.Report(
                    RuleIds.KeepAliveAntiPattern,
                    item.Analysis.Path,
                    $"Container '{item.Name}' keeps itself alive with '{finding.KeepAlive.Program.Name}' while {hidden} runs in the background; ECS then cannot see that process stop: run it in the foreground with exec instead.");
                break;
            }
        }
    }
}
