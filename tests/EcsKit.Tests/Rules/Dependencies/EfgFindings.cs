using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

/// <summary>Builds inputs for the dependencies, networking and security rule tests and picks out one rule's findings.</summary>
internal static class EfgFindings
{
    public static TaskDefinition Task(Action<TaskDefinitionBuilder> configure) => new EcsApp("t").TaskDefinition("web", configure);

    /// <summary>
    /// A task definition from JSON; <paramref name="members"/> go next to family and containerDefinitions. Single quotes
    /// stand for double quotes, so short JSON fits in attributes.
    /// </summary>
    public static TaskDefinition JsonTask(string containers, string members = "") =>
        EcsJson.ParseTaskDefinition(("{'family':'web'," + (members.Length > 0 ? members + "," : "") + "'containerDefinitions':[" + containers + "]}").Replace('\'', '"'));

    public static IReadOnlyList<EcsDiagnostic> Of(string id, TaskDefinition taskDefinition) =>
        taskDefinition.Validate().Diagnostics.Where(d => d.Id == id).ToList();

    public static IReadOnlyList<EcsDiagnostic> Of(string id, Service service, TaskDefinition? taskDefinition) =>
        service.Validate(taskDefinition).Diagnostics.Where(d => d.Id == id).ToList();

    public static IReadOnlyList<RuleDiagnostic> Of(string id, TaskFacts task) => RuleRunner.Run(task).Where(d => d.Id == id).ToList();

    public static IReadOnlyList<RuleDiagnostic> Of(string id, ServiceFacts service) => RuleRunner.Run(service).Where(d => d.Id == id).ToList();

    /// <summary>Task facts with the given containers, complete, at <c>$</c>.</summary>
    public static TaskFacts Facts(params ContainerFacts[] containers) =>
        new() { Family = "web", Containers = new FactList<ContainerFacts>(containers) };

    public static ContainerFacts Container(int index, string name) =>
        new() { Path = "$.containerDefinitions[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Name = name, Image = "nginx:1.27" };

    public static DependencyFacts DependsOn(ContainerFacts container, int index, Fact<string> target, Fact<string> condition) =>
        new() { Path = container.Path + ".dependsOn[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", ContainerName = target, Condition = condition };
}
