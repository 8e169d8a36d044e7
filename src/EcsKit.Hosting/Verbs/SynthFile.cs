using System.Text;

namespace EcsKit.Hosting.Verbs;

/// <summary>One resource of the application as the JSON file <c>synth</c> writes for it.</summary>
internal sealed record SynthFile(string Kind, string Name, string FileName, string Json)
{
    /// <summary>File name patterns synth owns in its output folder (and so may replace).</summary>
    public static readonly string[] OwnedPatterns = ["cluster.*.json", "task-definition.*.json", "service.*.json"];

    /// <summary>Every resource of <paramref name="app"/>, clusters first, then task definitions, then services.</summary>
    public static IReadOnlyList<SynthFile> For(EcsApp app)
    {
        var files = new List<SynthFile>();
        foreach (var cluster in app.Clusters)
        {
            files.Add(new("cluster", cluster.ClusterName!, $"cluster.{Safe(cluster.ClusterName!)}.json", EcsJson.Serialize(cluster)));
        }
        foreach (var definition in app.TaskDefinitions)
        {
            files.Add(new("task definition", definition.Family, $"task-definition.{Safe(definition.Family)}.json", EcsJson.Serialize(definition)));
        }
        foreach (var service in app.Services)
        {
            files.Add(new("service", $"{service.Cluster}/{service.ServiceName}",
                $"service.{Safe(service.Cluster ?? "default")}.{Safe(service.ServiceName)}.json", EcsJson.Serialize(service)));
        }
        return files;
    }

    // ECS names are letters, digits, hyphens and underscores; anything else is replaced so a name never escapes the folder.
    private static string Safe(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }
        return text.ToString();
    }
}
