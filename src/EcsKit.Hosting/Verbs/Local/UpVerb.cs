using System.CommandLine;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>up</c>: checks and starts the application on local Docker. In the foreground (like <c>docker compose up</c>)
/// it shows the tasks and follows their output until Ctrl+C, then stops everything; with <c>--detach</c> a
/// background agent keeps the services running and <c>up</c> returns once they are stable.
/// </summary>
internal sealed class UpVerb(AgentCommand agent) : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var detach = new Option<bool>("--detach", "-d")
        {
            Description = "Run in the background: return once every service is stable; `ps`, `logs` and `down` reach it later.",
        };
        var up = new UpOptions();
        var target = TargetOption.Create("up", awsInstead: "deploy");
        var command = new Command("up", "Start the application on local Docker and follow its tasks and output (Ctrl+C stops and removes it), or run it in the background with --detach.");
        command.Options.Add(detach);
        up.AddTo(command);
        command.Options.Add(target);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, () =>
        {
            var settings = up.Read(result);
            return result.GetValue(detach)
                ? DetachedUp.RunAsync(app, settings, agent, console, cancellationToken)
                : UpSession.RunAsync(app, settings, new ConsoleUpView(console), ready: null, cancellationToken);
        }));
        return command;
    }
}
