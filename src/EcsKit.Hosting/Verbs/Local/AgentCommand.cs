using System.Diagnostics;
using System.Reflection;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// Starts the background agent: the same program run again with the hidden <c>agent</c> verb, in its own session
/// (<c>setsid</c>, where there is one) so that Ctrl+C in the terminal and the terminal closing do not reach it, with
/// standard input from /dev/null and its output appended to its log file, so it holds nothing of the terminal or of
/// a pipe that reads <c>up --detach</c>.
/// </summary>
internal sealed class AgentCommand(IReadOnlyList<string> leadingArguments)
{
    // $1 is the log file, the rest the command. The redirections happen before exec, so the agent never holds the
    // terminal or the caller's pipes, even for an instant after it starts.
    private const string Script =
        "log=$1; shift; " +
        "if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\" </dev/null >>\"$log\" 2>&1; fi; " +
        "exec \"$@\" </dev/null >>\"$log\" 2>&1";

    /// <summary>
    /// The program's own arguments before the ones it gave to RunAsync (those that choose the application, as in
    /// <c>myapp staging up -d</c>): the agent is run with them, then <c>agent</c>.
    /// </summary>
    public static AgentCommand For(IReadOnlyList<string> hostArguments)
    {
        var all = Environment.GetCommandLineArgs().Skip(1).ToArray();
        var leading = all.Length >= hostArguments.Count && all.AsSpan(all.Length - hostArguments.Count).SequenceEqual(hostArguments.ToArray())
            ? all[..^hostArguments.Count]
            : [];
        return new AgentCommand(leading);
    }

    public Process Start(IReadOnlyList<string> agentArguments, string logFile)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in (string[])["-c", Script, "ecskit-agent", logFile, .. Program(), .. leadingArguments, AgentVerb.Name, .. agentArguments])
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("The EcsKit agent could not be started: /bin/sh did not run.");
    }

    /// <summary>The program and, when it runs on the <c>dotnet</c> host, its entry assembly.</summary>
    private static string[] Program()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The program's path is unknown, so it cannot be run again as the background agent.");
        if (!string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return [path];
        }
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry))
        {
            entry = Environment.GetCommandLineArgs()[0];
        }
        return [path, entry];
    }
}
