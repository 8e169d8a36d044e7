using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

/// <summary>Shorthands for the port rule tests: task definitions from compact JSON, findings of one rule.</summary>
internal static class PortsKit
{
    /// <summary>Parses a task definition written with single quotes for readability.</summary>
    public static TaskDefinition Task(string json) => EcsJson.ParseTaskDefinition(json.Replace('\'', '"'));

    /// <summary>Parses a service written with single quotes for readability.</summary>
    public static Service Service(string json) => EcsJson.ParseService(json.Replace('\'', '"'));

    /// <summary>A task definition of one network mode (null leaves it out) with the given container definitions (JSON objects).</summary>
    public static TaskDefinition Mode(string? networkMode, params string[] containers) =>
        Task("{'family':'f'" + (networkMode is null ? "" : ",'networkMode':'" + networkMode + "'")
            + ",'containerDefinitions':[" + string.Join(",", containers) + "]}");

    /// <summary>A Fargate task definition (networkMode left out: Fargate implies awsvpc) with the given containers.</summary>
    public static TaskDefinition Fargate(params string[] containers) =>
        Task("{'family':'f','requiresCompatibilities':['FARGATE'],'cpu':'256','memory':'512','containerDefinitions':["
            + string.Join(",", containers) + "]}");

    /// <summary>A container definition with the given port mappings (JSON objects).</summary>
    public static string Container(string name, params string[] mappings) =>
        "{'name':'" + name + "','image':'nginx:1.27','memory':128,'portMappings':[" + string.Join(",", mappings) + "]}";

    /// <summary>The findings of rule <paramref name="id"/> only.</summary>
    public static List<EcsDiagnostic> Only(EcsValidationResult result, string id) =>
        result.Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The findings of rule <paramref name="id"/> on one task definition.</summary>
    public static List<EcsDiagnostic> Of(TaskDefinition task, string id, EcsValidationOptions? options = null) =>
        Only(task.Validate(options), id);

    /// <summary>The findings of rule <paramref name="id"/> on an application.</summary>
    public static List<EcsDiagnostic> Of(EcsApp app, string id, EcsValidationOptions? options = null) =>
        Only(app.Validate(options), id);

    /// <summary>Runs every rule over facts built by hand (for unknown values) and keeps rule <paramref name="id"/>.</summary>
    public static List<RuleDiagnostic> Of(TaskFacts task, string id, RuleOptions? options = null) =>
        RuleRunner.Run(task, options).Where(d => d.Id == id).ToList();

    /// <summary>A container of hand-built facts with the given mappings.</summary>
    public static ContainerFacts MakeContainer(int index, string name, params PortFacts[] mappings)
    {
        var path = "$.containerDefinitions[" + index + "]";
        for (var i = 0; i < mappings.Length; i++)
        {
            mappings[i].Path = path + ".portMappings[" + i + "]";
        }
        return new ContainerFacts { Path = path, Name = name, PortMappings = new FactList<PortFacts>(mappings) };
    }

    /// <summary>A task of hand-built facts.</summary>
    public static TaskFacts MakeTask(Fact<string> networkMode, params ContainerFacts[] containers) =>
        new() { Family = "f", NetworkMode = networkMode, Containers = new FactList<ContainerFacts>(containers) };
}
