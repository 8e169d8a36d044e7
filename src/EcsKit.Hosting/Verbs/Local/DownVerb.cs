using System.CommandLine;
using EcsKit.Docker;
using EcsKit.Docker.Local;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>down</c>: stops the application wherever it runs (the background agent, or a foreground <c>up</c> in another
/// terminal, gets SIGTERM and stops its tasks in order), then removes every container, volume and network labelled
/// with the application, including what a killed process left. Running it again finds nothing and succeeds.
/// </summary>
internal sealed class DownVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var target = TargetOption.Create("down", awsInstead: "destroy");
        var command = new Command("down", "Stop the application on local Docker and remove its containers, volumes and network (also what a killed run left).");
        command.Options.Add(target);
        command.SetAction((_, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            var docker = await LocalDocker.ConnectAsync(new LocalDockerOptions(), cancellationToken).ConfigureAwait(false);
            await using (docker.ConfigureAwait(false))
            {
                var owner = AppOwner.Current(app.Name);
                if (owner is not null)
                {
                    console.Console.MarkupLine($"Stopping '{Markup.Escape(app.Name)}', run by EcsKit process {owner} ...");
                }
                var removed = await docker.DownAsync(app.Name, cancellationToken).ConfigureAwait(false);
                if (owner is null)
                {
                    console.Console.MarkupLine(Markup.Escape(Describe(removed)));
                    return 0;
                }
                // The owner stopped its tasks and removed what they created before exiting; what is left was left by others.
                console.Console.MarkupLine(Markup.Escape($"Stopped '{app.Name}': EcsKit process {owner} stopped its tasks and removed them." +
                    (removed.RemovedAnything ? " " + Describe(removed) : "")));
                return 0;
            }
        }));
        return command;
    }

    public static string Describe(LocalDownResult removed) => removed.RemovedAnything
        ? $"Removed from '{removed.App}': {removed.Containers} container(s), {removed.Volumes} volume(s), {removed.Networks} network(s)."
        : $"Nothing to remove: '{removed.App}' has nothing on the Docker engine.";
}
