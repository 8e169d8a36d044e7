using System.Diagnostics;
using EcsKit.Docker;
using EcsKit.Docker.Local;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>up --detach</c>: starts the background agent, echoes its info and task lines while it starts the application,
/// and returns once it reports every service stable, showing the tasks and their ports. When the agent fails or
/// takes too long, <c>down</c> runs so that nothing is left behind.
/// </summary>
internal static class DetachedUp
{
    // The agent needs a moment to start (the runtime, the program) before its own --timeout begins.
    private static readonly TimeSpan StartAllowance = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<int> RunAsync(EcsApp app, UpSettings settings, AgentCommand agent, HostConsole console, CancellationToken cancellationToken)
    {
        // Found here rather than in the agent's log: no engine, or the application up already, needs no agent.
        var docker = await LocalDocker.ConnectAsync(new LocalDockerOptions(), cancellationToken).ConfigureAwait(false);
        await using (docker.ConfigureAwait(false))
        {
            var state = await docker.StateAsync(app, cancellationToken).ConfigureAwait(false);
            if (state is { OwnerProcess: int owner, UpToDate: true })
            {
                console.Console.MarkupLine(Markup.Escape(UpSession.Unchanged(app.Name, owner)));
                return 0;
            }
            var takeover = state.OwnerProcess;
            if (takeover is int previous)
            {
                console.Console.MarkupLine(Markup.Escape(
                    $"'{app.Name}' runs other definitions (EcsKit process {previous}): starting the declared version; the running one stops once it is stable."));
            }
            var files = AgentFiles.For(app.Name);
            files.Reset();
            using var process = agent.Start(UpOptions.Arguments(settings), files.Log);
            console.Console.MarkupLine($"Starting '{Markup.Escape(app.Name)}' in the background (log: {Markup.Escape(files.Log)}) ...");

            var failure = await WaitAsync(files, process, settings.Timeout + StartAllowance, console, cancellationToken).ConfigureAwait(false)
                ?? await TakenOverAsync(app.Name, takeover, process, settings.Timeout, cancellationToken).ConfigureAwait(false);
            if (failure is not null && takeover is not null)
            {
                // The version that ran before keeps running; only the new agent and its tasks go.
                await console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
                if (!process.HasExited)
                {
                    Signals.Terminate(process.Id);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
                console.Console.MarkupLine(Markup.Escape($"The version run by EcsKit process {takeover} keeps running."));
                return 1;
            }
            if (failure is not null)
            {
                await console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
                var removed = await docker.DownAsync(app.Name, CancellationToken.None).ConfigureAwait(false);
                console.Console.MarkupLine($"[dim]{Markup.Escape(DownVerb.Describe(removed))}[/]");
                return 1;
            }

            var tasks = await docker.ListTasksAsync(app.Name, cancellationToken).ConfigureAwait(false);
            console.OutConsole.Write(TaskRows.Table(tasks, borders: console.Interactive));
            var pid = AppOwner.Current(app.Name);
            console.Console.MarkupLine(
                $"'{Markup.Escape(app.Name)}' is up in the background (EcsKit agent process {pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}): " +
                "`ps` lists its tasks, `logs -f` follows their output, `down` stops it.");
            return 0;
        }
    }

    /// <summary>After a takeover: null once the new agent owns the application (the old one stopped its tasks), else why not.</summary>
    private static async Task<string?> TakenOverAsync(string app, int? previous, Process agent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (previous is null)
        {
            return null;
        }
        var clock = Stopwatch.StartNew();
        while (AppOwner.Current(app) != agent.Id)
        {
            if (agent.HasExited || clock.Elapsed > timeout)
            {
                return $"the EcsKit agent did not take '{app}' over from process {previous} within {timeout.TotalSeconds:0} s";
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>Null once the agent is ready, else why it is not.</summary>
    private static async Task<string?> WaitAsync(AgentFiles files, Process process, TimeSpan timeout, HostConsole console, CancellationToken cancellationToken)
    {
        var tail = new LogTail(files.Log);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Echo(tail, console);
            var (ready, reason) = files.Read();
            if (ready == true)
            {
                return null;
            }
            if (ready == false)
            {
                return reason;
            }
            // setsid runs the agent in place, so this process is the agent; one that exited without a status crashed.
            if (process.HasExited && process.ExitCode != 0 && files.Read().Ready is null)
            {
                var last = LogTail.Last(files.Log, 20);
                return $"the EcsKit agent stopped (exit code {process.ExitCode}) before the application was up; the end of its log ({files.Log}):\n" + string.Join('\n', last);
            }
            if (clock.Elapsed > timeout)
            {
                return $"the application is not up after {timeout.TotalSeconds:0} s; the agent's log: {files.Log}";
            }
            try
            {
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return "cancelled while starting";
            }
        }
    }

    private static void Echo(LogTail tail, HostConsole console)
    {
        foreach (var line in tail.ReadNew())
        {
            if (line.StartsWith(AgentUpView.InfoMark, StringComparison.Ordinal))
            {
                console.Console.MarkupLine($"[dim]{Markup.Escape(line[AgentUpView.InfoMark.Length..])}[/]");
            }
            else if (line.StartsWith(AgentUpView.TaskMark, StringComparison.Ordinal))
            {
                var text = line[AgentUpView.TaskMark.Length..];
                if (console.Interactive)
                {
                    console.OutConsole.MarkupLine(Markup.Escape(text));
                }
                else
                {
                    console.Out.WriteLine(text);
                }
            }
        }
    }
}
