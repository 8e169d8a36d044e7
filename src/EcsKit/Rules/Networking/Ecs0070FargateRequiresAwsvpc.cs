namespace EcsKit.Rules;

/// <summary>ECS0070: a task definition that requires FARGATE with a network mode other than awsvpc.</summary>
internal static class Ecs0070FargateRequiresAwsvpc
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        if (!task.IsFargate || !task.NetworkMode.IsKnown || task.NetworkMode.Value == "awsvpc")
        {
            return;
        }
        context.Report(
            RuleIds.FargateRequiresAwsvpc,
            task.Member("networkMode"),
            "Task definition '" + task.Family.Or("?") + "' requires FARGATE but sets networkMode '" + task.NetworkMode.Value
            + "'; Fargate runs only awsvpc, so set networkMode to awsvpc.",
            task.Member("requiresCompatibilities"));
    }
}
