using System.Globalization;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0081: an environment variable a container sets more than once.</summary>
internal static class Ecs0081DuplicateEnvironmentVariable
{
    public static void Check(TaskFacts task, RuleContext context)
    {
        foreach (var container in task.Containers)
        {
            foreach (var group in SecurityNameGroups.Of(container.Environment).Where(g => g.Count > 1))
            {
                context.Report(
                    RuleIds.DuplicateEnvironmentVariable,
                    group[1].Member("name"),
                    "Container '" + container.Name.Or("?") + "' sets environment variable '" + group[0].Name.Value + "' "
                    + (group.Count == 2 ? "twice" : group.Count.ToString(CultureInfo.InvariantCulture) + " times")
                    + ", so only one of the values takes effect; keep one.",
                    group.Where((_, i) => i != 1).Select(item => item.Member("name")).ToArray());
            }
        }
    }
}
