using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// One command a container runs (the exec-form program, or a simple command of its shell script), with what it is
/// and where it sits in the script. The code fix that splits a shell command into one container per process reads
/// <see cref="Argv"/> and <see cref="Text"/> of <see cref="CommandAnalysis.LongRunningCommands"/>.
/// </summary>
internal sealed class ProcessCommand
{
    public ProcessCommand(ProgramInfo program, IReadOnlyList<string?> argv, string text, int nesting, int[] choices)
    {
        Program = program;
        Argv = argv;
        Text = text;
        Nesting = nesting;
        Choices = choices;
    }

    public ProgramInfo Program { get; }

    /// <summary>The program and its arguments with wrappers (exec, gosu, env ...) removed; null for a word only known at run time.</summary>
    public IReadOnlyList<string?> Argv { get; }

    /// <summary>The command as written in the script (the exec-form words joined by spaces for a program without a shell).</summary>
    public string Text { get; }

    /// <summary>Runs in the background (<c>&amp;</c> on it or on an enclosing list).</summary>
    public bool Background { get; set; }

    /// <summary>Nothing runs after it in the foreground: the container lives as long as it does.</summary>
    public bool Final { get; set; }

    /// <summary>Started with <c>exec</c>: it replaces the shell.</summary>
    public bool Exec { get; set; }

    /// <summary>The container's shell ends with it: <c>exec</c> or <c>exit</c> in the main shell (not in a subshell, a pipeline or the background); nothing written after it runs.</summary>
    public bool EndsScript { get; set; }

    /// <summary>An init process (tini, dumb-init, ...) runs in front of it.</summary>
    public bool InitWrapped { get; set; }

    /// <summary>Inside the body of a loop (it may run several times).</summary>
    public bool InLoop { get; set; }

    /// <summary>Inside the condition of an <c>if</c> or a loop (a test, not the work).</summary>
    public bool InCondition { get; set; }

    /// <summary>Part of a pipeline of two or more commands.</summary>
    public bool InPipeline { get; set; }

    /// <summary>Not the first command of its pipeline (typically a log filter: <c>| tee</c>, <c>| logger</c>).</summary>
    public bool PipelineTail { get; set; }

    /// <summary>How many <c>sh -c</c> levels deep it is (0 in the container's own script).</summary>
    public int Nesting { get; }

    /// <summary>The <c>if</c>/<c>case</c> branches it depends on, as (choice, branch) pairs.</summary>
    internal int[] Choices { get; }

    public override string ToString() => Program + ": " + Text;
}
