namespace EcsKit.Rules;

/// <summary>ECS0021: the container's main command is a process supervisor (supervisord, s6, runit, pm2 with an ecosystem file, ...).</summary>
internal static class Ecs0021ProcessSupervisor
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var item in ProcessContainers.Of(task))
        {
            if (ProcessFindings.Supervisor(item.Analysis) is not { } supervisor)
            {
                continue;
            }
            context.Report(
                RuleIds.ProcessSupervisor,
                item.Analysis.Path,
                $"Container '{item.Name}' runs the process supervisor '{supervisor.Program.Name}'; ECS only sees the supervisor, not the programs it restarts, so run each program in its own container of the task instead.");
        }
    }
}
