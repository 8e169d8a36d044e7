using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

/// <summary>Runs the rules over inputs of the resources tests and keeps the findings of one rule.</summary>
internal static class ResourceFindings
{
    public static List<EcsDiagnostic> Of(EcsValidationResult result, string id) => result.Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The findings of <paramref name="id"/> for a task definition given as JSON.</summary>
    public static List<EcsDiagnostic> OfTask(string json, string id, EcsValidationOptions? options = null) =>
        Of(EcsJson.ParseTaskDefinition(json).Validate(options), id);

    /// <summary>The findings of <paramref name="id"/> for a Fargate task of that size with one container.</summary>
    public static List<EcsDiagnostic> OfFargate(string cpu, string memory, string id, string os = "LINUX") =>
        OfTask(FargateJson(cpu, memory, os), id);

    public static string FargateJson(string cpu, string memory, string os = "LINUX") => $$"""
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "cpu": "{{cpu}}",
          "memory": "{{memory}}",
          "runtimePlatform": { "operatingSystemFamily": "{{os}}" },
          "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }]
        }
        """;

    /// <summary>The findings of <paramref name="id"/> over facts built directly (for unknown values).</summary>
    public static List<RuleDiagnostic> OfFacts(TaskFacts task, string id, RuleOptions? options = null) =>
        RuleRunner.Run(task, options).Where(d => d.Id == id).ToList();

    public static List<RuleDiagnostic> OfFacts(ServiceFacts service, string id) =>
        RuleRunner.Run(service).Where(d => d.Id == id).ToList();

    /// <summary>A container of facts built directly.</summary>
    public static ContainerFacts Container(int index, string name, Fact<int> memory = default, Fact<int> memoryReservation = default, Fact<int> cpu = default) => new()
    {
        Path = $"$.containerDefinitions[{index}]",
        Name = name,
        Image = "nginx:1.27",
        Memory = memory,
        MemoryReservation = memoryReservation,
        Cpu = cpu,
    };

    public static TaskFacts Task(Fact<string> cpu, Fact<string> memory, bool fargate, params ContainerFacts[] containers) => new()
    {
        Family = "web",
        RequiresCompatibilities = new FactList<Fact<string>>(new[] { Fact<string>.Of(fargate ? "FARGATE" : "EC2") }),
        NetworkMode = "awsvpc",
        Cpu = cpu,
        Memory = memory,
        Containers = new FactList<ContainerFacts>(containers),
    };
}
