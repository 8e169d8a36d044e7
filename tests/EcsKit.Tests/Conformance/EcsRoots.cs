namespace EcsKit.Tests.Conformance;

/// <summary>Reads and writes each of the three root shapes through <see cref="EcsJson"/>.</summary>
internal static class EcsRoots
{
    public static object Parse(string root, string json) => root switch
    {
        "RegisterTaskDefinitionRequest" => EcsJson.ParseTaskDefinition(json),
        "CreateServiceRequest" => EcsJson.ParseService(json),
        "CreateClusterRequest" => EcsJson.ParseCluster(json),
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "not a root shape"),
    };

    public static string Serialize(object value) => value switch
    {
        TaskDefinition taskDefinition => EcsJson.Serialize(taskDefinition),
        Service service => EcsJson.Serialize(service),
        Cluster cluster => EcsJson.Serialize(cluster),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a root model type"),
    };

    public static Type ModelType(string root) =>
        ModelTypes.RecordForShape(root) ?? throw new ArgumentOutOfRangeException(nameof(root), root, "not a modelled shape");
}
