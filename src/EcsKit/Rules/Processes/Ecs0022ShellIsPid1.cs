namespace EcsKit.Rules;

/// <summary>
/// ECS0022: a shell script whose long-running command is not started with <c>exec</c>, without an init process: the
/// shell can stay PID 1, and a shell as PID 1 does not pass SIGTERM on.
/// </summary>
internal static class Ecs0022ShellIsPid1
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var item in ProcessContainers.Of(task))
        {
            var init = item.Container.LinuxParameters?.InitProcessEnabled ?? Fact<bool>.Absent;
            if (item.Analysis.Form != CommandForm.Shell || init.IsUnknown || init.Is(true))
            {
                continue;
            }
            foreach (var path in item.Analysis.Paths())
            {
                if (ProcessFindings.ShellInFront(item.Analysis, path) is not { } process)
                {
                    continue;
                }
                context.Report(
                    RuleIds.ShellIsPid1,
                    item.Analysis.Path,
                    $"Container '{item.Name}' runs '{process.Program.Name}' from '{item.Analysis.Shell} -c' without exec; the shell can stay PID 1 and not pass SIGTERM on, so the container is killed after the stop timeout: prefix the command with 'exec' or set linuxParameters.initProcessEnabled to true.");
                break;
            }
        }
    }
}
