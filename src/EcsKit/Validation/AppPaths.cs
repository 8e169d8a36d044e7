namespace EcsKit;

/// <summary>
/// Paths of resources inside an application, in the JSON-path notation of single files, so that one finding
/// names its resource: <c>taskDefinitions['web'].containerDefinitions[0].image</c>.
/// </summary>
internal static class AppPaths
{
    public static string TaskDefinition(string family) => $"taskDefinitions['{family}']";

    public static string Cluster(string name) => $"clusters['{name}']";

    public static string Service(string cluster, string name) => $"clusters['{cluster}'].services['{name}']";
}
