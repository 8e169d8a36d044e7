using System.CommandLine;
using EcsKit.Docker;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>run FAMILY</c>: one task of one of the application's task definitions, outside its services (a migration, a
/// batch job), like ECS's RunTask. It streams the task's output, says how the task stopped, and exits with the
/// code of the essential container that ended it: 1 when the task could not start. Ctrl+C stops the task.
/// </summary>
internal sealed class RunVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var family = new Argument<string>("family") { Description = "The task definition family to run." };
        var staticPorts = new Option<bool>("--static-ports") { Description = "Publish awsvpc container ports on the same port of this machine." };
        var target = TargetOption.Create("run", awsInstead: "");
        var command = new Command("run", "Run one task of a task definition on local Docker, follow its output and exit with its essential container's exit code.");
        command.Arguments.Add(family);
        command.Options.Add(staticPorts);
        command.Options.Add(target);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            var name = result.GetValue(family)!;
            var options = new LocalDockerOptions
            {
                StaticPorts = result.GetValue(staticPorts),
                Info = line => console.Console.MarkupLine($"[dim]{Markup.Escape(line)}[/]"),
            };
            var docker = await LocalDocker.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            await using (docker.ConfigureAwait(false))
            {
                var printer = new LogPrinter(console);
                var task = await docker.RunTaskAsync(
                    app,
                    name,
                    printer.Write,
                    started => console.Console.MarkupLine($"Task {TaskRows.ShortId(started.TaskId)} of '{Markup.Escape(name)}' started."),
                    cancellationToken).ConfigureAwait(false);
                console.Console.MarkupLine($"Task {TaskRows.ShortId(task.TaskId)} stopped: {Markup.Escape(Describe(task))}");
                return ExitCode(task);
            }
        }));
        return command;
    }

    private static string Describe(LocalTask task)
    {
        var containers = task.Containers
            .Select(c => $"'{c.Name}'{(c.Essential ? "" : " (not essential)")} {(c.ExitCode is int code ? $"exit code {code}" : "did not run")}{(c.Reason is null ? "" : $" ({c.Reason})")}");
        return $"{task.StopCode}: {task.StoppedReason}; {string.Join(", ", containers)}.";
    }

    /// <summary>The code of the essential container that stopped first with one; 1 when the task did not start.</summary>
    internal static int ExitCode(LocalTask task)
    {
        if (task.StopCode == LocalStatus.TaskFailedToStart)
        {
            return 1;
        }
        return task.Containers
            .Where(c => c.Essential && c.ExitCode is not null)
            .OrderBy(c => c.FinishedAt ?? DateTimeOffset.MaxValue)
            .Select(c => c.ExitCode)
            .FirstOrDefault() ?? 1;
    }
}
