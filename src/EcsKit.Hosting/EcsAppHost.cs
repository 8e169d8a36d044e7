using System.CommandLine;
using EcsKit.Hosting.Verbs;
using EcsKit.Hosting.Verbs.Aws;
using EcsKit.Hosting.Verbs.Local;

namespace EcsKit.Hosting;

/// <summary>Builds the command line of an application from its verbs and runs it.</summary>
internal static class EcsAppHost
{
    public static async Task<int> RunAsync(EcsApp app, string[] args, HostConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand($"{app.Name}: ECS clusters, task definitions and services defined with EcsKit.");
        foreach (var verb in Verbs(args))
        {
            root.Subcommands.Add(verb.Create(app, console));
        }
        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            parsed = root.Parse(["--help"]);
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Ctrl+C and SIGTERM cancel the verb's token; the verb then stops what it started (containers honour
            // their stop timeouts), however long that takes. The library's default would exit after 2 s and leave them running.
            ProcessTerminationTimeout = Timeout.InfiniteTimeSpan,
        };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The verbs, one small class each; adding a verb means adding it here.</summary>
    private static IVerb[] Verbs(string[] args) =>
    [
        new SynthVerb(),
        new ValidateVerb(),
        new UpVerb(AgentCommand.For(args)),
        new DownVerb(),
        new PsVerb(),
        new LogsVerb(),
        new RunVerb(),
        new PlanVerb(),
        new DeployVerb(AgentCommand.For(args)),
        new DestroyVerb(),
        new ExplainVerb(),
        new EcsConfigVerb(),
        new PruneInstancesVerb(),
        new AgentVerb(),
    ];
}
