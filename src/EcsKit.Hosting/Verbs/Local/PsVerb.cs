using System.CommandLine;
using EcsKit.Docker;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>ps</c>: the application's tasks as the engine shows them, whichever process runs them: a table of service,
/// task, status, health and ports, or with <c>--json</c> the DescribeTasks-shaped JSON.
/// </summary>
internal sealed class PsVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the tasks as JSON shaped like ECS's DescribeTasks response." };
        var target = TargetOption.Create("ps", awsInstead: "explain");
        var command = new Command("ps", "List the application's tasks on local Docker: service, task, status, health and published ports.");
        command.Options.Add(json);
        command.Options.Add(target);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            var docker = await LocalDocker.ConnectAsync(new LocalDockerOptions(), cancellationToken).ConfigureAwait(false);
            await using (docker.ConfigureAwait(false))
            {
                var tasks = await docker.ListTasksAsync(app.Name, cancellationToken).ConfigureAwait(false);
                if (result.GetValue(json))
                {
                    await console.Out.WriteLineAsync(LocalTasksJson.Describe(tasks).AsMemory(), cancellationToken).ConfigureAwait(false);
                    return 0;
                }
                if (tasks.Count == 0)
                {
                    console.Console.MarkupLine($"'{Markup.Escape(app.Name)}' has no tasks on the Docker engine: `up` starts it.");
                    return 0;
                }
                console.OutConsole.Write(TaskRows.Table(tasks, borders: console.Interactive));
                return 0;
            }
        }));
        return command;
    }
}
