using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

/// <summary>Builds inputs for the process rules and filters their findings.</summary>
internal static class ProcessTesting
{
    public const string CommandPath = "$.containerDefinitions[0].command";

    public const string EntryPointPath = "$.containerDefinitions[0].entryPoint";

    /// <summary>A Fargate task with one container 'web' configured by <paramref name="configure"/>.</summary>
    public static TaskDefinition Task(Action<ContainerBuilder> configure) =>
        new EcsApp("t").TaskDefinition("f", td => td.Fargate(256, 512).Container("web", c =>
        {
            c.Image("example/web:1");
            configure(c);
        }));

    /// <summary>The findings of rule <paramref name="id"/> for container 'web' running <c>sh -c SCRIPT</c>.</summary>
    public static IReadOnlyList<EcsDiagnostic> Shell(string id, string script, Action<ContainerBuilder>? configure = null) =>
        Findings(id, Task(c =>
        {
            c.Command("sh", "-c", script);
            configure?.Invoke(c);
        }));

    /// <summary>The findings of rule <paramref name="id"/> for container 'web' running <paramref name="command"/> (exec form).</summary>
    public static IReadOnlyList<EcsDiagnostic> Exec(string id, params string[] command) =>
        Findings(id, Task(c => c.Command(command)));

    public static IReadOnlyList<EcsDiagnostic> Findings(string id, TaskDefinition definition) =>
        definition.Validate().Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>The findings of rule <paramref name="id"/> over task facts built by hand (for unknown values).</summary>
    public static IReadOnlyList<RuleDiagnostic> Findings(string id, TaskFacts task) =>
        RuleRunner.Run(task).Where(d => d.Id == id).ToList();

    /// <summary>Task facts with one container 'web' whose command is <paramref name="command"/> (null items are unknown words).</summary>
    public static TaskFacts Facts(params string?[] command) => Facts(c => c.Command = Words(command));

    public static TaskFacts Facts(Action<ContainerFacts> configure)
    {
        var container = new ContainerFacts { Path = "$.containerDefinitions[0]", Name = "web", Image = "example/web:1" };
        configure(container);
        return new TaskFacts
        {
            Family = "f",
            NetworkMode = "awsvpc",
            RequiresCompatibilities = new FactList<Fact<string>>([Fact<string>.Of("FARGATE")]),
            Containers = new FactList<ContainerFacts>([container]),
        };
    }

    /// <summary>A list of words for facts; null is an unknown word.</summary>
    public static FactList<Fact<string>> Words(params string?[] words) =>
        new(words.Select(w => w is null ? Fact<string>.Unknown : Fact<string>.Of(w)));

    /// <summary>The analysis of a container running <paramref name="command"/> (exec form).</summary>
    public static CommandAnalysis Analyze(params string[] command) =>
        CommandAnalysis.Analyze(new ContainerFacts { Path = "$.containerDefinitions[0]", Name = "web", Command = Words(command), CommandGiven = true });

    /// <summary>Each command of <c>sh -c SCRIPT</c> as "Kind Name" with its flags, such as <c>"Server nginx &amp;"</c> or <c>"Server nginx (daemon)"</c>.</summary>
    public static string[] Commands(string script)
    {
        var analysis = Analyze("sh", "-c", script);
        Assert.Equal(CommandForm.Shell, analysis.Form);
        return analysis.Commands.Select(Describe).ToArray();
    }

    public static string Describe(ProcessCommand command) =>
        command.Program.Kind + " " + command.Program.Name
        + (command.Program.Daemonizes ? " (daemon)" : "")
        + (command.Background ? " &" : "")
        + (command.Final ? " final" : "")
        + (command.Exec ? " exec" : "");

    /// <summary>The kind and name of one exec-form command, such as <c>"Supervisor supervisord"</c>.</summary>
    public static string Classify(params string[] command)
    {
        var analysis = Analyze(command);
        Assert.Equal(CommandForm.Exec, analysis.Form);
        var program = Assert.Single(analysis.Commands).Program;
        return program.Kind + " " + program.Name + (program.Daemonizes ? " (daemon)" : "");
    }
}
