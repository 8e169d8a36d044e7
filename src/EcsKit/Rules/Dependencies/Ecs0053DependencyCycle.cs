using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>ECS0053: containers whose <c>dependsOn</c> entries form a cycle, reported once per cycle with its path.</summary>
internal static class Ecs0053DependencyCycle
{
    /// <summary>A bound on the cycles reported for one task: a dense graph of many containers has very many.</summary>
    private const int MaxCycles = 20;

    public static void Check(TaskFacts task, RuleContext context)
    {
        var targets = new DependencyTargets(task);
        var nodes = task.Containers.Where(c => c.Name.IsKnown && targets.Find(c.Name.Value) == c).ToList();
        var index = new Dictionary<ContainerFacts, int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            index[nodes[i]] = i;
        }

        // edges[i][j] is the path of the first dependsOn entry of container i on container j.
        var edges = new List<SortedDictionary<int, string>>();
        foreach (var container in nodes)
        {
            var outgoing = new SortedDictionary<int, string>();
            foreach (var dependency in container.DependsOn)
            {
                var target = dependency.ContainerName.IsKnown ? targets.Find(dependency.ContainerName.Value) : null;
                if (target is not null && index.TryGetValue(target, out var j) && !outgoing.ContainsKey(j))
                {
                    outgoing[j] = dependency.Member("containerName");
                }
            }
            edges.Add(outgoing);
        }

        // Every elementary cycle once: the cycles through start s that only visit containers after s.
        var found = 0;
        var stack = new List<int>();
        for (var start = 0; start < nodes.Count && found < MaxCycles; start++)
        {
            stack.Add(start);
            Walk(start, start);
            stack.RemoveAt(stack.Count - 1);
        }

        void Walk(int start, int node)
        {
            foreach (var next in edges[node].Keys)
            {
                if (found >= MaxCycles)
                {
                    return;
                }
                if (next == start)
                {
                    Report(stack);
                    found++;
                }
                else if (next > start && !stack.Contains(next))
                {
                    stack.Add(next);
                    Walk(start, next);
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }

        void Report(List<int> cycle)
        {
            var paths = new List<string>();
            for (var k = 0; k < cycle.Count; k++)
            {
                paths.Add(edges[cycle[k]][cycle[(k + 1) % cycle.Count]]);
            }
            var first = nodes[cycle[0]].Name.Value;
            if (cycle.Count == 1)
            {
                context.Report(
                    RuleIds.DependencyCycle,
                    paths[0],
                    "Container '" + first + "' depends on itself ('" + first + "' -> '" + first + "'); ECS cannot start it, so remove that dependsOn entry.");
                return;
            }
            var text = string.Join(" -> ", cycle.Select(i => "'" + nodes[i].Name.Value + "'")) + " -> '" + first + "'";
            context.Report(
                RuleIds.DependencyCycle,
                paths[0],
                "Containers depend on each other in a cycle " + text + "; ECS cannot decide which to start first, so remove one of these dependsOn entries.",
                paths.Skip(1).ToArray());
        }
    }
}
