using System.CommandLine;
using System.Runtime.InteropServices;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>agent</c> (hidden): what <c>up --detach</c> runs in the background. It does what foreground <c>up</c> does,
/// writing to its log file instead of a terminal, reports <c>ready</c> or <c>failed</c> in its status file, and
/// stops the application when <c>down</c> sends it SIGTERM.
/// </summary>
internal sealed class AgentVerb : IVerb
{
    public const string Name = "agent";

    public Command Create(EcsApp app, HostConsole console)
    {
        var up = new UpOptions();
        var command = new Command(Name, "Run the application in the background for `up --detach` (not for direct use).") { Hidden = true };
        up.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            // The terminal that started `up --detach` may close; the agent has no terminal (setsid) and outlives it either way.
            using var hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => context.Cancel = true);
            var files = AgentFiles.For(app.Name);
            try
            {
                var exit = await UpSession.RunAsync(app, up.Read(result), new AgentUpView(console.Out), files.Ready, cancellationToken).ConfigureAwait(false);
                files.Clear();
                return exit;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The waiting `up --detach` shows this reason; the log keeps the whole exception.
                await console.Out.WriteLineAsync($"failed: {e}").ConfigureAwait(false);
                files.Failed(e is EcsKit.Docker.LocalDockerException or global::Docker.DotNet.DockerApiException ? e.Message : e.ToString());
                return 1;
            }
        });
        return command;
    }
}
