using System.CommandLine;
using EcsKit.Hosting.Verbs;

namespace EcsKit.Hosting;

/// <summary>Builds the command line of an application from its verbs and runs it.</summary>
internal static class EcsAppHost
{
    /// <summary>The verbs, one small class each; adding a verb means adding it here.</summary>
    private static readonly IVerb[] Verbs = [new SynthVerb(), new ValidateVerb()];

    public static async Task<int> RunAsync(EcsApp app, string[] args, HostConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand($"{app.Name}: ECS clusters, task definitions and services defined with EcsKit.");
        foreach (var verb in Verbs)
        {
            root.Subcommands.Add(verb.Create(app, console));
        }
        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            parsed = root.Parse(["--help"]);
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken)
            .ConfigureAwait(false);
    }
}
