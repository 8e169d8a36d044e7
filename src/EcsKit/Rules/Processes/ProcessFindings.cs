using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>What the process rules conclude from the commands of one path through a container's script.</summary>
internal static class ProcessFindings
{
    /// <summary>
    /// True for a command that stays running as a process of the container: a server (also when it detaches); a
    /// runtime that is the final command or runs in the background; an unknown command sent to the background. Tests
    /// in conditions, and pipeline filters (<c>| tee</c>, <c>| logger</c>) other than servers, are not processes.
    /// Supervisors are reported by ECS0021 instead.
    /// </summary>
    public static bool IsProcess(ProcessCommand command)
    {
        if (command.InCondition)
        {
            return false;
        }
        if (command.PipelineTail)
        {
            return command.Program.Kind == ProgramKind.Server;
        }
        return command.Program.Kind switch
        {
            ProgramKind.Server => true,
            ProgramKind.Runtime => command.Background || command.Final || command.EndsScript || command.Program.Daemonizes,
            ProgramKind.Unknown => command.Background,
            _ => false,
        };
    }

    /// <summary>True for a process that runs behind the shell's back: sent to the background, or a daemon that detached.</summary>
    public static bool IsHidden(ProcessCommand command) => IsProcess(command) && (command.Background || command.Program.Daemonizes);

    /// <summary>
    /// The commands of a path without the background processes and daemons that a later command stops
    /// (<c>mongod --fork ... &amp;&amp; mongod --shutdown</c>, <c>service mysql start ... service mysql stop</c>,
    /// <c>kill $PID</c>): a daemon started only for a setup step is not a process of the container.
    /// </summary>
    public static List<ProcessCommand> Running(IReadOnlyList<ProcessCommand> path)
    {
        var running = new List<ProcessCommand>();
        foreach (var command in path)
        {
            if (command.Program.Stops is { } stopped && !command.InCondition)
            {
                for (var i = running.Count - 1; i >= 0; i--)
                {
                    if (IsHidden(running[i]) && (stopped.Length == 0 || SameProgram(stopped, running[i].Program.Name)))
                    {
                        running.RemoveAt(i);
                        break;
                    }
                }
                continue;
            }
            running.Add(command);
        }
        return running;
    }

    private static bool SameProgram(string stopped, string name) =>
        name.StartsWith(stopped, System.StringComparison.Ordinal) || stopped.StartsWith(name, System.StringComparison.Ordinal);

    /// <summary>
    /// ECS0020: the processes when the path starts two or more. When all of them are unknown background commands
    /// (<c>./a &amp; ./b &amp;</c>) they count only if the script then waits for them (<c>wait</c>, <c>wait -n</c>,
    /// <c>fg</c>) or keeps itself alive; two steps of one pipeline or sequence never count.
    /// </summary>
    public static IReadOnlyList<ProcessCommand>? SeveralProcesses(IReadOnlyList<ProcessCommand> commands)
    {
        var path = Running(commands);
        var processes = path.Where(IsProcess).ToList();
        // A background command in a loop body starts one process per iteration.
        var count = processes.Sum(p => p.Background && p.InLoop ? 2 : 1);
        if (count < 2)
        {
            return null;
        }
        if (processes.Any(p => p.Program.Kind != ProgramKind.Unknown))
        {
            return processes;
        }
        var first = IndexOf(path, processes[0]);
        for (var i = first + 1; i < path.Count; i++)
        {
            var command = path[i];
            if (!command.InCondition && !command.Background && command.Program.Kind is ProgramKind.Wait or ProgramKind.KeepAlive)
            {
                return processes;
            }
        }
        return null;
    }

    /// <summary>ECS0023: a foreground keep-alive (tail -f, sleep infinity, an endless sleep loop) after processes it hides, or null.</summary>
    public static KeepAliveFinding? KeepAlive(IReadOnlyList<ProcessCommand> commands)
    {
        var path = Running(commands);
        for (var i = 0; i < path.Count; i++)
        {
            var command = path[i];
            if (command.Program.Kind != ProgramKind.KeepAlive || command.Background || command.InCondition || command.PipelineTail)
            {
                continue;
            }
            var hidden = path.Take(i).Where(IsHidden).ToList();
            if (hidden.Count > 0)
            {
                return new KeepAliveFinding(command, hidden);
            }
        }
        return null;
    }

    /// <summary>ECS0022: the one long-running command of a shell script when the shell stays in front of it (not exec'd, no init, no trap), or null.</summary>
    public static ProcessCommand? ShellInFront(CommandAnalysis analysis, IReadOnlyList<ProcessCommand> commands)
    {
        var path = Running(commands);
        if (analysis.Form != CommandForm.Shell || analysis.InitWrapped || analysis.HasTrap || analysis.IsSingleCommand)
        {
            return null;
        }
        var processes = path.Where(IsProcess).ToList();
        if (processes.Count != 1 || path.Any(c => c.Program.Kind is ProgramKind.KeepAlive or ProgramKind.Wait or ProgramKind.Supervisor))
        {
            return null;
        }
        var process = processes[0];
        var inFront = process.Final && !process.Exec && !process.Background && !process.InLoop && !process.InPipeline
            && !process.Program.Daemonizes && process.Nesting == 0
            && process.Program.Kind is ProgramKind.Server or ProgramKind.Runtime;
        return inFront ? process : null;
    }

    /// <summary>ECS0021: the first process supervisor the container runs, or null.</summary>
    public static ProcessCommand? Supervisor(CommandAnalysis analysis) =>
        analysis.Commands.FirstOrDefault(c => c.Program.Kind == ProgramKind.Supervisor && !c.InCondition && !c.PipelineTail);

    /// <summary>The names of processes for a message: <c>'a'</c>, <c>'a' and 'b'</c>, <c>'a', 'b' and 'c'</c>.</summary>
    public static string Names(IEnumerable<string> names)
    {
        var quoted = names.Distinct(System.StringComparer.Ordinal).Select(n => "'" + n + "'").ToList();
        return quoted.Count <= 1 ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
    }

    private static int IndexOf(List<ProcessCommand> path, ProcessCommand command)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (ReferenceEquals(path[i], command))
            {
                return i;
            }
        }
        return -1;
    }
}

/// <summary>A keep-alive command and the processes it hides from ECS.</summary>
internal sealed class KeepAliveFinding
{
    public KeepAliveFinding(ProcessCommand keepAlive, IReadOnlyList<ProcessCommand> hidden)
    {
        KeepAlive = keepAlive;
        Hidden = hidden;
    }

    public ProcessCommand KeepAlive { get; }

    public IReadOnlyList<ProcessCommand> Hidden { get; }
}
