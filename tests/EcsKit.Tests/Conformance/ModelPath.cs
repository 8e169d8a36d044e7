namespace EcsKit.Tests.Conformance;

/// <summary>One step down the ECS model: a member of a structure, into the first element when the member is a list.</summary>
internal sealed record PathStep(string Shape, string Member, bool IntoList);

/// <summary>Paths from a root shape down to the structures it reaches, as the extract describes them.</summary>
internal static class ModelPath
{
    /// <summary>
    /// The shortest path (the first in model member order) from <paramref name="root"/> to an object of the
    /// structure <paramref name="target"/>; empty when the target is the root, null when the root does not reach it.
    /// </summary>
    public static IReadOnlyList<PathStep>? To(EcsModelExtract model, string root, string target)
    {
        var paths = new Dictionary<string, IReadOnlyList<PathStep>>(StringComparer.Ordinal) { [root] = [] };
        var queue = new Queue<string>([root]);
        while (queue.Count > 0)
        {
            var shape = queue.Dequeue();
            if (shape == target)
            {
                return paths[shape];
            }
            foreach (var (next, step) in Children(model, model.Shape(shape)))
            {
                if (paths.TryAdd(next, [.. paths[shape], step]))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return null;
    }

    /// <summary>Every structure <paramref name="root"/> reaches, itself included, in breadth-first model order.</summary>
    public static IReadOnlyList<string> Structures(EcsModelExtract model, string root)
    {
        var seen = new List<string> { root };
        for (var i = 0; i < seen.Count; i++)
        {
            seen.AddRange(Children(model, model.Shape(seen[i])).Select(c => c.Shape).Where(s => !seen.Contains(s)).Distinct());
        }
        return seen;
    }

    /// <summary>The JSON path of <paramref name="steps"/> in the notation of <see cref="EcsJsonException.Path"/>.</summary>
    public static string JsonPath(IEnumerable<PathStep> steps) =>
        "$" + string.Concat(steps.Select(s => s.IntoList ? $".{s.Member}[0]" : $".{s.Member}"));

    private static IEnumerable<(string Shape, PathStep Step)> Children(EcsModelExtract model, ShapeFacts structure)
    {
        foreach (var member in structure.Members)
        {
            var target = model.Shape(member.Shape);
            if (target.IsStructure && !target.Document)
            {
                yield return (target.Name, new PathStep(structure.Name, member.Name, false));
            }
            else if (target.Type == "list" && model.Shape(target.Member!) is { IsStructure: true, Document: false } element)
            {
                yield return (element.Name, new PathStep(structure.Name, member.Name, true));
            }
        }
    }
}
