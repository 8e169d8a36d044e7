using System.CommandLine;
using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>logs [service|task] [-f]</c>: the output of the application's containers, each line prefixed with
/// <c>service/container/taskid8</c>; following picks up tasks that start later (replacements) until Ctrl+C.
/// </summary>
internal sealed class LogsVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var which = new Argument<string?>("service-or-task")
        {
            Description = "Only this service's tasks, one-off tasks of this family, or the task whose id starts with this.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep following new output and new tasks until Ctrl+C." };
        var target = TargetOption.Create("logs", awsInstead: "explain");
        var command = new Command("logs", "Show the output of the application's containers on local Docker.");
        command.Arguments.Add(which);
        command.Options.Add(follow);
        command.Options.Add(target);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            var docker = await LocalDocker.ConnectAsync(new LocalDockerOptions(), cancellationToken).ConfigureAwait(false);
            await using (docker.ConfigureAwait(false))
            {
                var printer = new LogPrinter(console);
                await docker.FollowLogsAsync(app.Name, result.GetValue(which), result.GetValue(follow), printer.Write, cancellationToken).ConfigureAwait(false);
                return 0;
            }
        }));
        return command;
    }
}
