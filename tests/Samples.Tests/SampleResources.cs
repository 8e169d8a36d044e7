namespace Samples.Tests;

/// <summary>Every resource of every sample, as the ECS API JSON EcsKit writes for it.</summary>
internal static class SampleResources
{
    public static readonly IReadOnlyDictionary<string, Func<EcsApp>> Apps = new Dictionary<string, Func<EcsApp>>
    {
        ["FargateWebApp"] = FargateWebApp.ShopApp.Build,
        ["Ec2BridgeService"] = Ec2BridgeService.WorkerApp.Build,
        ["LocalWebApp"] = () => LocalWebApp.NotesApp.Build(),
    };

    /// <summary>(sample, kind, name, json) for each cluster, task definition and service.</summary>
    public static IEnumerable<(string Sample, string Kind, string Name, string Json)> All()
    {
        foreach (var (sample, build) in Apps)
        {
            var app = build();
            foreach (var cluster in app.Clusters)
            {
                yield return (sample, "cluster", cluster.ClusterName!, EcsJson.Serialize(cluster));
            }
            foreach (var definition in app.TaskDefinitions)
            {
                yield return (sample, "task-definition", definition.Family, EcsJson.Serialize(definition));
            }
            foreach (var service in app.Services)
            {
                yield return (sample, "service", service.ServiceName, EcsJson.Serialize(service));
            }
        }
    }

    public static TheoryData<string, string, string> Names()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (sample, kind, name, _) in All())
        {
            data.Add(sample, kind, name);
        }
        return data;
    }

    public static string Json(string sample, string kind, string name) =>
        All().Single(r => r.Sample == sample && r.Kind == kind && r.Name == name).Json;
}
