using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0085: secrets, log secretOptions or repositoryCredentials in a task definition without an executionRoleArn.</summary>
internal static class Ecs0085SecretsWithoutExecutionRole
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        // An empty ARN is no role either.
        if (task.ExecutionRoleArn.IsUnknown || (task.ExecutionRoleArn.IsKnown && task.ExecutionRoleArn.Value.Trim().Length > 0))
        {
            return;
        }
        var paths = new List<string>();
        var uses = new List<string>();
        foreach (var container in task.Containers)
        {
            var name = "'" + container.Name.Or("?") + "'";
            if (container.Secrets.Count > 0)
            {
                paths.Add(container.Member("secrets"));
                uses.Add(name + " (secrets)");
            }
            if (container.LogConfiguration is { } log && log.SecretOptions.Count > 0)
            {
                paths.Add(log.Member("secretOptions"));
                uses.Add(name + " (log secretOptions)");
            }
            if (!container.RepositoryCredentials.IsAbsent)
            {
                paths.Add(container.Member("repositoryCredentials"));
                uses.Add(name + " (repositoryCredentials)");
            }
        }
        if (paths.Count == 0)
        {
            return;
        }
        context.Report(
            RuleIds.SecretsWithoutExecutionRole,
            paths[0],
            "Task definition '" + task.Family.Or("?") + "' has no executionRoleArn, but ECS needs one to fetch the secrets of "
            + (uses.Count == 1 ? "container " : "containers ") + string.Join(", ", uses)
            + "; add an execution role that may read them.",
            paths.Skip(1).ToArray());
    }
}
