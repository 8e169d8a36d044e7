namespace EcsKit.Rules;

/// <summary>ECS0062: an essential container without a health check, so ECS only sees whether its process runs.</summary>
internal static class Ecs0062EssentialWithoutHealthCheck
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            if (container.Essential.IsUnknown || !container.IsEssential || container.HealthCheck is not null)
            {
                continue;
            }
            context.Report(
                RuleIds.EssentialWithoutHealthCheck,
                container.Path,
                "Essential container '" + container.Name.Or("?")
                + "' has no healthCheck, so ECS counts it healthy as long as its process runs, even when it no longer serves; add a healthCheck that probes it.");
        }
    }
}
