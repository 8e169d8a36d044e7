using System.CommandLine;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs;

/// <summary><c>validate</c>: runs every rule over the application and lists every finding; exit code 1 when one is an error.</summary>
internal sealed class ValidateVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var suppress = new Option<string[]>("--suppress")
        {
            Description = "Rule ids to turn off, such as ECS0044 (repeat the option or separate ids with commas).",
            AllowMultipleArgumentsPerToken = true,
        };
        var local = new Option<bool>("--local") { Description = "Also check what breaks when every service runs on one local Docker host (ECS0011)." };
        var command = new Command("validate", "Check every cluster, task definition and service against EcsKit's rules; exit code 1 when there are errors.");
        command.Options.Add(suppress);
        command.Options.Add(local);
        command.SetAction((result, _) => VerbErrors.Guard(console, () =>
        {
            var options = new EcsValidationOptions { LocalDocker = result.GetValue(local) }
                .Suppress([.. (result.GetValue(suppress) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]);
            var validation = app.Validate(options);
            Print(validation, console.Console);
            return Task.FromResult(validation.HasErrors ? 1 : 0);
        }));
        return command;
    }

    internal static void Print(EcsValidationResult validation, IAnsiConsole console)
    {
        foreach (var d in validation.Diagnostics)
        {
            var colour = d.Severity switch { EcsSeverity.Error => "red", EcsSeverity.Warning => "yellow", _ => "blue" };
            console.MarkupLine($"[{colour}]{d.Severity.ToString().ToLowerInvariant()} {d.Id}[/] {Markup.Escape(d.Path)}: {Markup.Escape(d.Message)}");
        }
        var errors = validation.Diagnostics.Count(d => d.Severity == EcsSeverity.Error);
        var warnings = validation.Diagnostics.Count(d => d.Severity == EcsSeverity.Warning);
        var infos = validation.Diagnostics.Count - errors - warnings;
        console.MarkupLine($"{Markup.Escape(validation.Subject)}: {errors} error(s), {warnings} warning(s), {infos} info(s).");
    }
}
