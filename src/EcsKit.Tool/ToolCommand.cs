using System.CommandLine;
using EcsKit.Tool.Validate;

namespace EcsKit.Tool;

/// <summary>The <c>ecskit</c> command line.</summary>
internal static class ToolCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("ecskit: check ECS task definitions and services before they are deployed.");
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
