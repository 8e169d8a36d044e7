namespace EcsKit.Rules;

/// <summary>
/// ECS0075: a service and its task definition disagree: awsvpc without a network configuration, or a network
/// configuration in another mode; the FARGATE launch type for a definition that does not require FARGATE; the
/// FARGATE or EXTERNAL launch type with the DAEMON strategy; the EXTERNAL launch type with awsvpc.
/// </summary>
internal static class Ecs0075ServiceTaskDefinitionMismatch
{
    public static void Check(ServiceFacts service, TaskFacts? task, RuleContext context)
    {
        var name = "Service '" + service.Name.Or("?") + "'";
        var launchType = service.LaunchType;
        if (service.IsDaemon && (launchType.Is("FARGATE") || launchType.Is("EXTERNAL")))
        {
            context.Report(
                RuleIds.ServiceTaskDefinitionMismatch,
                service.Member("schedulingStrategy"),
                name + " uses the DAEMON scheduling strategy with the " + launchType.Value
                + " launch type, which supports only REPLICA; use REPLICA or the EC2 launch type.",
                service.Member("launchType"));
        }
        if (task is null)
        {
            return;
        }
        var family = "'" + task.Family.Or("?") + "'";
        var mode = task.EffectiveNetworkMode;
        var modePath = task.NetworkMode.IsKnown ? task.Member("networkMode") : task.Member("requiresCompatibilities");
        if (launchType.Is("EXTERNAL") && mode.Is("awsvpc"))
        {
            context.Report(
                RuleIds.ServiceTaskDefinitionMismatch,
                service.Member("launchType"),
                name + " uses the EXTERNAL launch type, but task definition " + family
                + " uses awsvpc, which external instances do not support; use bridge, host or none.",
                modePath);
        }
        else if (mode.Is("awsvpc") && service.HasNetworkConfiguration.Is(false))
        {
            context.Report(
                RuleIds.ServiceTaskDefinitionMismatch,
                service.Path,
                name + " has no networkConfiguration, but task definition " + family
                + " uses awsvpc, where ECS needs the subnets (and security groups) for each task; add an awsvpcConfiguration.",
                modePath);
        }
        if (mode.IsKnown && mode.Value != "awsvpc" && service.HasNetworkConfiguration.Is(true))
        {
            context.Report(
                RuleIds.ServiceTaskDefinitionMismatch,
                service.Member("networkConfiguration"),
                name + " has a networkConfiguration, but task definition " + family + " uses " + mode.Value
                + " mode, where ECS rejects it; remove it or switch the task definition to awsvpc.",
                modePath);
        }
        if (launchType.Is("FARGATE") && LacksFargate(task))
        {
            context.Report(
                RuleIds.ServiceTaskDefinitionMismatch,
                service.Member("launchType"),
                name + " uses the FARGATE launch type, but task definition " + family
                + " does not list FARGATE in requiresCompatibilities; add FARGATE there or use another launch type.",
                task.Member("requiresCompatibilities"));
        }
    }

    /// <summary>
    /// True when requiresCompatibilities is given, fully known and without FARGATE. An absent list proves nothing:
    /// ECS works out a definition's compatibilities from its contents.
    /// </summary>
    private static bool LacksFargate(TaskFacts task)
    {
        if (task.RequiresCompatibilities.Count == 0 || !task.RequiresCompatibilities.IsComplete)
        {
            return false;
        }
        foreach (var compatibility in task.RequiresCompatibilities)
        {
            if (!compatibility.IsKnown || compatibility.Value == "FARGATE")
            {
                return false;
            }
        }
        return true;
    }
}
