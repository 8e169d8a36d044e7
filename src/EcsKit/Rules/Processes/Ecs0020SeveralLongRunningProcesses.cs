using System.Linq;

namespace EcsKit.Rules;

/// <summary>
/// ECS0020: a shell command that starts several long-running processes in one container (servers side by side, a
/// background job next to another process or waited for, a daemon that detaches before the next command).
/// </summary>
internal static class Ecs0020SeveralLongRunningProcesses
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
                var processes = ProcessFindings.SeveralProcesses(path);
                if (processes is null)
                {
                    continue;
                }
                var names = processes.Select(p => p.Program.Name).Distinct(System.StringComparer.Ordinal).ToList();
                var what = names.Count == 1 ? "several '" + names[0] + "' processes" : ProcessFindings.Names(names);
                context.Report(
                    RuleIds.SeveralLongRunningProcesses,
                    item.Analysis.Path,
                    $"Container '{item.Name}' starts {what} in one shell command; run each in its own container of the task (same image), they still reach each other on localhost in awsvpc mode.");
                break;
            }
        }
    }
}
