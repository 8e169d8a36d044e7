using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>Compares a declared resource with the one ECS describes, as the ECS JSON of both, normalised by the resource's shape.</summary>
internal static class ResourceComparison
{
    public static IReadOnlyList<EcsFieldChange> Compare(ResourceShape shape, string declaredJson, string describedJson, Action<JsonObject, JsonObject>? before = null)
    {
        var declared = JsonText.Parse(declaredJson);
        var described = JsonText.Parse(describedJson);
        before?.Invoke(declared, described);
        shape.Normalize(declared, described);
        return JsonDiff.Compare(shape, described, declared);
    }

    public static IReadOnlyList<EcsFieldChange> Compare(TaskDefinition declared, TaskDefinition described) =>
        Compare(TaskDefinitionShape.Instance, EcsJson.Serialize(declared), EcsJson.Serialize(described), (d, a) =>
        {
            UnmodelledMembers.Drop(declared, described, d, a);
            for (var i = 0; i < described.ContainerDefinitions.Count; i++)
            {
                var container = described.ContainerDefinitions[i];
                var match = declared.ContainerDefinitions.FirstOrDefault(c => c.Name == container.Name);
                if (match is not null && Container(d, container.Name) is { } dc && Container(a, container.Name) is { } ac)
                {
                    UnmodelledMembers.Drop(match, container, dc, ac);
                }
            }
        });

    public static IReadOnlyList<EcsFieldChange> Compare(Service declared, Service described) =>
        Compare(ServiceShape.Instance, EcsJson.Serialize(declared), EcsJson.Serialize(described), (d, a) => UnmodelledMembers.Drop(declared, described, d, a));

    public static IReadOnlyList<EcsFieldChange> Compare(Cluster declared, Cluster described) =>
        Compare(ClusterShape.Instance, EcsJson.Serialize(declared), EcsJson.Serialize(described), (d, a) => UnmodelledMembers.Drop(declared, described, d, a));

    private static JsonObject? Container(JsonObject root, string? name) =>
        (root["containerDefinitions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => JsonText.StringOf(c["name"]) == name);
}
