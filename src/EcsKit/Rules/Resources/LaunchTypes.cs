namespace EcsKit.Rules;

/// <summary>What the resources rules know about where a task definition runs.</summary>
internal static class LaunchTypes
{
    /// <summary>
    /// True when the task definition is known not to be for Fargate: every required compatibility is known and none
    /// is FARGATE (none at all means EC2, ECS's default).
    /// </summary>
    public static bool IsKnownNotFargate(TaskFacts task)
    {
        if (!task.RequiresCompatibilities.IsComplete)
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
