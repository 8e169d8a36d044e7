namespace EcsKit.Rules;

/// <summary>ECS0071: container links in a network mode other than bridge, or on Windows.</summary>
internal static class Ecs0071LinksOutsideBridge
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        // On Fargate links are ECS0072's finding.
        if (task.IsFargate)
        {
            return;
        }
        var mode = task.EffectiveNetworkMode;
        string reason;
        string cause;
        if (task.IsWindows)
        {
            reason = "Windows containers do not support links; remove them.";
            cause = task.Member("runtimePlatform");
        }
        else if (mode.IsKnown && mode.Value != "bridge")
        {
            reason = "links work only in bridge mode and the task uses " + mode.Value + "; remove them"
                + (mode.Value == "awsvpc" || mode.Value == "host" ? " and reach the other containers on localhost." : ".");
            cause = task.Member("networkMode");
        }
        else
        {
            return;
        }
        foreach (var container in task.Containers)
        {
            if (container.Links.Count > 0)
            {
                context.Report(
                    RuleIds.LinksOutsideBridge,
                    container.Member("links"),
                    "Container '" + container.Name.Or("?") + "' has links, but " + reason,
                    cause);
            }
        }
    }
}
