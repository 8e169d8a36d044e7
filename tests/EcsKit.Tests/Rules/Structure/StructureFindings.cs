using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

/// <summary>Runs the rules over inputs of the structure tests and keeps the findings of one rule.</summary>
internal static class StructureFindings
{
    public static List<EcsDiagnostic> Of(EcsValidationResult result, string id) => result.Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The findings of <paramref name="id"/> for a Fargate task definition with these containers (JSON objects).</summary>
    public static List<EcsDiagnostic> OfContainers(string id, params string[] containers) => OfTask(TaskJson("web", containers), id);

    public static List<EcsDiagnostic> OfTask(string json, string id) => Of(EcsJson.ParseTaskDefinition(json).Validate(), id);

    /// <summary>The findings of <paramref name="id"/> for one container with that image.</summary>
    public static List<EcsDiagnostic> OfImage(string image, string id) =>
        OfContainers(id, $$"""{ "name": "app", "image": "{{image}}" }""");

    public static string TaskJson(string family, params string[] containers) => $$"""
        {
          "family": "{{family}}",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "cpu": "256",
          "memory": "512",
          "containerDefinitions": [{{string.Join(", ", containers)}}]
        }
        """;

    /// <summary>The findings of <paramref name="id"/> over facts built directly (for unknown values).</summary>
    public static List<RuleDiagnostic> OfFacts(TaskFacts task, string id) => RuleRunner.Run(task).Where(d => d.Id == id).ToList();

    public static List<RuleDiagnostic> OfFacts(ServiceFacts service, string id) => RuleRunner.Run(service).Where(d => d.Id == id).ToList();

    public static ContainerFacts Container(int index, Fact<string> name, Fact<string> image = default, Fact<bool> essential = default) => new()
    {
        Path = $"$.containerDefinitions[{index}]",
        Name = name,
        Image = image.IsAbsent ? "nginx:1.27" : image,
        Essential = essential,
    };

    public static TaskFacts Task(params ContainerFacts[] containers) => new()
    {
        Family = "web",
        RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of("FARGATE") }),
        Cpu = "256",
        Memory = "512",
        Containers = new FactList<ContainerFacts>(containers),
    };
}
