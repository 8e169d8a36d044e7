using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0080: a container with two secrets of one name, or a secret named like one of its environment variables.</summary>
internal static class Ecs0080SecretNameCollision
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            var name = container.Name.Or("?");
            foreach (var group in SecurityNameGroups.Of(container.Secrets).Where(g => g.Count > 1))
            {
                context.Report(
                    RuleIds.SecretNameCollision,
                    group[1].Member("name"),
                    "Container '" + name + "' defines secret '" + group[0].Name.Value + "' " + Times(group.Count)
                    + "; ECS rejects the task definition, so keep one.",
                    Others(group, 1));
            }
            var environment = SecurityNameGroups.Of(container.Environment).ToDictionary(g => g[0].Name.Value, StringComparer.Ordinal);
            foreach (var group in SecurityNameGroups.Of(container.Secrets))
            {
                if (environment.TryGetValue(group[0].Name.Value, out var variables))
                {
                    context.Report(
                        RuleIds.SecretNameCollision,
                        group[0].Member("name"),
                        "Container '" + name + "' defines '" + group[0].Name.Value
                        + "' both as a secret and as an environment variable; ECS rejects the task definition, so keep only the secret.",
                        variables.Select(v => v.Member("name")).ToArray());
                }
            }
        }
    }

    private static string Times(int count) => count == 2 ? "twice" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " times";

    private static string[] Others(List<NameValueFacts> group, int reported) =>
        group.Where((_, i) => i != reported).Select(item => item.Member("name")).ToArray();
}
