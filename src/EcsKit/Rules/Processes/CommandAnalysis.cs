using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>How a container's command is given.</summary>
internal enum CommandForm
{
    /// <summary>No entryPoint and no command: the image decides, nothing to analyse.</summary>
    None,

    /// <summary>Something that matters is unknown (a word, an incomplete list, a script that does not parse): stay silent.</summary>
    Opaque,

    /// <summary>A program run directly (after wrappers), without a shell script.</summary>
    Exec,

    /// <summary><c>sh -c SCRIPT</c> (or bash, ash, dash, zsh ...).</summary>
    Shell,
}

/// <summary>
/// What a container runs: <c>entryPoint ++ command</c> (or the one that is given; the image's own ENTRYPOINT and CMD
/// are unknown), with init and privilege-drop wrappers skipped and a shell's <c>-c</c> script parsed into its
/// commands. The health check is never read.
/// </summary>
internal sealed class CommandAnalysis
{
    private const int MaxNesting = 4;
    private const int MaxCommands = 500;
    private const int MaxPaths = 256;

    private static readonly CommandAnalysis NoneResult = new(CommandForm.None, "");

    private readonly List<ProcessCommand> _commands = new();
    private readonly List<int> _choices = new();

    private CommandAnalysis(CommandForm form, string path)
    {
        Form = form;
        Path = path;
    }

    public CommandForm Form { get; private set; }

    /// <summary>The JSON path of the list (<c>command</c> or <c>entryPoint</c>) that holds the script, or the program for the exec form.</summary>
    public string Path { get; private set; }

    /// <summary>The shell, such as <c>sh</c> or <c>bash</c>, for the shell form.</summary>
    public string? Shell { get; private set; }

    /// <summary>The parsed <c>-c</c> script, for the shell form.</summary>
    public ShellScript? Script { get; private set; }

    /// <summary>An init process (tini, dumb-init, docker-init, catatonit) runs in front of the shell or program.</summary>
    public bool InitWrapped { get; private set; }

    /// <summary>The script installs a signal handler (<c>trap</c>).</summary>
    public bool HasTrap { get; private set; }

    /// <summary>The script is one simple command: shells then run it in place of themselves.</summary>
    public bool IsSingleCommand { get; private set; }

    /// <summary>Every command found, in the order written.</summary>
    public IReadOnlyList<ProcessCommand> Commands => _commands;

    /// <summary>True when there is something to check (exec or shell form, nothing unknown that matters).</summary>
    public bool IsAnalysed => Form is CommandForm.Exec or CommandForm.Shell;

    /// <summary>
    /// The long-running processes the command starts (servers, background jobs, daemons, the final runtime), in the
    /// order written, with their argv: what a split into one container per process would run. Daemons stopped again
    /// by the script are left out; with <c>if</c>/<c>case</c> branches, the processes of every branch are listed.
    /// </summary>
    public IReadOnlyList<ProcessCommand> LongRunningCommands =>
        IsAnalysed
            ? Paths().SelectMany(path => ProcessFindings.Running(path).Where(ProcessFindings.IsProcess)).Distinct().OrderBy(c => _commands.IndexOf(c)).ToList()
            : new List<ProcessCommand>();

    public static CommandAnalysis Analyze(ContainerFacts container)
    {
        if (container.EntryPointGiven.IsUnknown || container.CommandGiven.IsUnknown)
        {
            return new CommandAnalysis(CommandForm.Opaque, container.Member("command"));
        }
        var values = new List<string?>();
        var shown = new List<string>();
        var origins = new List<string>();
        if (!Add(container.EntryPoint, container.EntryPointGiven, "entryPoint", values, shown, origins)
            || !Add(container.Command, container.CommandGiven, "command", values, shown, origins))
        {
            return new CommandAnalysis(CommandForm.Opaque, container.Member("command"));
        }
        if (values.Count == 0)
        {
            return NoneResult;
        }
        var unwrapped = ProcessWrappers.Unwrap(values, 0);
        if (unwrapped.Index < 0)
        {
            return NoneResult;
        }
        var index = unwrapped.Index;
        var analysis = new CommandAnalysis(CommandForm.Exec, container.Member(origins[index])) { InitWrapped = unwrapped.Init };
        if (unwrapped.Opaque)
        {
            analysis.Form = CommandForm.Opaque;
            return analysis;
        }
        var name = ProgramClassifier.Basename(values[index]!);
        var script = ScriptArgument(name, values, index);
        if (script == ScriptNotFound)
        {
            analysis.Add(new ProcessCommand(ProgramClassifier.Classify(values, shown, index), Slice(values, index), string.Join(" ", shown), 0, Array.Empty<int>())
            {
                Final = true,
                Exec = true,
                InitWrapped = unwrapped.Init,
            });
            return analysis;
        }
        if (script < 0 || values[script] is null)
        {
            analysis.Form = CommandForm.Opaque;
            return analysis;
        }
        analysis.Form = CommandForm.Shell;
        analysis.Path = container.Member(origins[script]);
        analysis.Shell = name;
        var parsed = ShellScript.Parse(values[script]!);
        analysis.Script = parsed;
        if (!parsed.IsComplete)
        {
            analysis.Form = CommandForm.Opaque;
            return analysis;
        }
        analysis.IsSingleCommand = parsed.Body.Items.Count == 1 && !parsed.Body.Items[0].Background
            && parsed.Body.Items[0].Command.Pipelines.Count == 1
            && parsed.Body.Items[0].Command.Pipelines[0].Commands.Count == 1
            && parsed.Body.Items[0].Command.Pipelines[0].Commands[0] is ShellSimpleCommand;
        var walker = new Walker(analysis);
        walker.WalkList(parsed.Body, new Context { Final = true }, parsed, 0);
        if (walker.Opaque || analysis._commands.Count > MaxCommands || analysis.PathCount() > MaxPaths)
        {
            analysis.Form = CommandForm.Opaque;
        }
        foreach (var command in analysis._commands)
        {
            command.InitWrapped = unwrapped.Init;
        }
        return analysis;
    }

    /// <summary>
    /// The sets of commands that can run together: one per combination of <c>if</c>/<c>case</c> branches (commands
    /// of two branches of one <c>if</c> never both run).
    /// </summary>
    public IEnumerable<IReadOnlyList<ProcessCommand>> Paths()
    {
        var total = PathCount();
        var selection = new int[_choices.Count];
        for (var n = 0L; n < total; n++)
        {
            var rest = n;
            for (var c = 0; c < _choices.Count; c++)
            {
                selection[c] = (int)(rest % _choices[c]);
                rest /= _choices[c];
            }
            var path = new List<ProcessCommand>();
            foreach (var command in _commands)
            {
                if (!OnPath(command, selection))
                {
                    continue;
                }
                path.Add(command);
                if (command.EndsScript)
                {
                    // exec or exit: what is written after it never runs.
                    break;
                }
            }
            yield return path;
        }
    }

    private static bool OnPath(ProcessCommand command, int[] selection)
    {
        for (var k = 0; k + 1 < command.Choices.Length; k += 2)
        {
            if (selection[command.Choices[k]] != command.Choices[k + 1])
            {
                return false;
            }
        }
        return true;
    }

    private long PathCount()
    {
        long total = 1;
        foreach (var branches in _choices)
        {
            total *= branches;
            if (total > MaxPaths)
            {
                return total;
            }
        }
        return total;
    }

    private void Add(ProcessCommand command) => _commands.Add(command);

    private static bool Add(FactList<Fact<string>> list, Fact<bool> given, string member, List<string?> values, List<string> shown, List<string> origins)
    {
        var isGiven = given.Is(true) || (given.IsAbsent && list.Count > 0);
        if (!isGiven)
        {
            return true;
        }
        if (!list.IsComplete)
        {
            return false;
        }
        foreach (var word in list)
        {
            values.Add(word.IsKnown ? word.Value : null);
            shown.Add(word.IsKnown ? word.Value : "…");
            origins.Add(member);
        }
        return true;
    }

    private const int ScriptNotFound = -1;
    private const int ScriptUnreadable = -2;

    /// <summary>
    /// For a shell (<c>sh -ec SCRIPT</c>, <c>bash -lc SCRIPT</c>) or <c>su ... -c SCRIPT</c>: the index of the script;
    /// <see cref="ScriptNotFound"/> when this is no shell with <c>-c</c> (a script file, or another program);
    /// <see cref="ScriptUnreadable"/> when an unknown word hides the options.
    /// </summary>
    private static int ScriptArgument(string name, List<string?> values, int index)
    {
        if (name is "su" or "runuser")
        {
            for (var i = index + 1; i < values.Count; i++)
            {
                var arg = values[i];
                if (arg is "-c" or "--command" or "--session-command")
                {
                    return i + 1 < values.Count ? i + 1 : ScriptUnreadable;
                }
                if (arg is null)
                {
                    continue;
                }
                if (arg.StartsWith("--command=", StringComparison.Ordinal) || arg.StartsWith("--session-command=", StringComparison.Ordinal))
                {
                    // The script is inside this word; not split out here, so it is not analysed.
                    return ScriptUnreadable;
                }
            }
            return ScriptNotFound;
        }
        if (!ProgramTables.IsShell(ProgramClassifier.Normalize(name)))
        {
            return ScriptNotFound;
        }
        var hasC = false;
        var j = index + 1;
        while (j < values.Count)
        {
            var arg = values[j];
            if (arg is null)
            {
                return ScriptUnreadable;
            }
            if (arg is "--" or "-")
            {
                j++;
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                j += arg is "--rcfile" or "--init-file" ? 2 : 1;
                continue;
            }
            if (arg.Length > 1 && (arg[0] == '-' || arg[0] == '+'))
            {
                var skipValue = false;
                for (var k = 1; k < arg.Length; k++)
                {
                    hasC |= arg[k] == 'c' && arg[0] == '-';
                    skipValue |= arg[k] is 'o' or 'O';
                }
                j += skipValue ? 2 : 1;
                continue;
            }
            break;
        }
        if (!hasC)
        {
            return ScriptNotFound;
        }
        return j < values.Count ? j : ScriptUnreadable;
    }

    private static List<string?> Slice(List<string?> values, int from)
    {
        var result = new List<string?>();
        for (var i = from; i < values.Count; i++)
        {
            result.Add(values[i]);
        }
        return result;
    }

    /// <summary>Where a command sits while the script is walked.</summary>
    private struct Context
    {
        public bool Background;
        public bool Final;
        public bool InLoop;
        public bool InCondition;
        public bool InPipeline;
        public bool PipelineTail;
        public bool InSubshell;
        public int[] Choices;

        public readonly int[] ChoicesOrEmpty => Choices ?? Array.Empty<int>();

        public readonly Context Condition() => this with { InCondition = true, Final = false };

        public readonly Context Loop() => this with { InLoop = true, Final = false };

        public readonly Context Branch(int choice, int branch)
        {
            var choices = new int[ChoicesOrEmpty.Length + 2];
            ChoicesOrEmpty.CopyTo(choices, 0);
            choices[choices.Length - 2] = choice;
            choices[choices.Length - 1] = branch;
            return this with { Choices = choices };
        }
    }

    private sealed class Walker
    {
        private readonly CommandAnalysis _analysis;
        private readonly Dictionary<string, ShellFunction> _functions = new(StringComparer.Ordinal);
        private readonly HashSet<string> _calling = new(StringComparer.Ordinal);

        public Walker(CommandAnalysis analysis) => _analysis = analysis;

        /// <summary>Set when a nested script cannot be read: the whole command is then unknown.</summary>
        public bool Opaque { get; private set; }

        public void WalkList(ShellList list, Context context, ShellScript script, int nesting)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = list.Items[i];
                var itemContext = context with
                {
                    Background = context.Background || item.Background,
                    Final = context.Final && i == list.Items.Count - 1 && !item.Background,
                };
                var andOr = item.Command;
                for (var p = 0; p < andOr.Pipelines.Count; p++)
                {
                    // A pipeline followed only by `||` fallbacks is the last thing that runs when it succeeds.
                    var final = itemContext.Final;
                    for (var k = p; k < andOr.Operators.Count; k++)
                    {
                        final &= andOr.Operators[k] == "||";
                    }
                    var commands = andOr.Pipelines[p].Commands;
                    for (var c = 0; c < commands.Count; c++)
                    {
                        var commandContext = itemContext with
                        {
                            Final = final,
                            InPipeline = itemContext.InPipeline || commands.Count > 1,
                            PipelineTail = itemContext.PipelineTail || c > 0,
                        };
                        WalkCommand(commands[c], commandContext, script, nesting);
                    }
                }
            }
        }

        private void WalkCommand(ShellCommand command, Context context, ShellScript script, int nesting)
        {
            switch (command)
            {
                case ShellSimpleCommand simple:
                    WalkSimple(simple, context, script, nesting);
                    break;
                case ShellSubshell subshell:
                    WalkList(subshell.Body, context with { InSubshell = true }, script, nesting);
                    break;
                case ShellGroup group:
                    WalkList(group.Body, context, script, nesting);
                    break;
                case ShellIf @if:
                {
                    var choice = NewChoice(@if.Branches.Count + 1);
                    for (var b = 0; b < @if.Branches.Count; b++)
                    {
                        WalkList(@if.Branches[b].Condition, context.Condition(), script, nesting);
                        WalkList(@if.Branches[b].Body, context.Branch(choice, b), script, nesting);
                    }
                    if (@if.Else is { } otherwise)
                    {
                        WalkList(otherwise, context.Branch(choice, @if.Branches.Count), script, nesting);
                    }
                    break;
                }
                case ShellCase @case:
                {
                    var choice = NewChoice(@case.Items.Count + 1);
                    for (var b = 0; b < @case.Items.Count; b++)
                    {
                        WalkList(@case.Items[b].Body, context.Branch(choice, b), script, nesting);
                    }
                    break;
                }
                case ShellLoop loop:
                    if (IsEndless(loop) && IsKeepAliveBody(loop))
                    {
                        // Named by its condition only: the body may hold anything finite, such as a curl with a token.
                        var condition = (ShellSimpleCommand)loop.Condition.Items[0].Command.Pipelines[0].Commands[0];
                        var name = (loop.IsUntil ? "until " : "while ") + script.TextOf(condition) + "; do ...; done";
                        Add(new ProgramInfo(ProgramKind.KeepAlive, name), Array.Empty<string?>(), script.TextOf(loop), context, nesting, exec: false);
                        break;
                    }
                    WalkList(loop.Condition, context.Condition(), script, nesting);
                    WalkList(loop.Body, context.Loop(), script, nesting);
                    break;
                case ShellFor @for:
                    WalkList(@for.Body, context.Loop(), script, nesting);
                    break;
                case ShellFunction function:
                    _functions[function.Name] = function;
                    break;
            }
        }

        private int NewChoice(int branches)
        {
            _analysis._choices.Add(branches);
            return _analysis._choices.Count - 1;
        }

        private void WalkSimple(ShellSimpleCommand command, Context context, ShellScript script, int nesting)
        {
            if (command.Words.Count == 0)
            {
                return;
            }
            var values = command.Words.Select(w => w.Value).ToList();
            var shown = command.Words.Select(w => w.Text).ToList();
            var unwrapped = ProcessWrappers.Unwrap(values, 0);
            if (unwrapped.Index < 0)
            {
                return;
            }
            var index = unwrapped.Index;
            var text = script.TextOf(command);
            if (unwrapped.Opaque || values[index] is null)
            {
                Add(new ProgramInfo(ProgramKind.Unknown, shown[index]), Slice(values, index), text, context, nesting, unwrapped.Exec);
                return;
            }
            var name = ProgramClassifier.Basename(values[index]!);
            if (name == "trap")
            {
                _analysis.HasTrap = true;
            }
            if (index == 0 && _functions.TryGetValue(name, out var function) && _calling.Add(name))
            {
                WalkCommand(function.Body, context, script, nesting);
                _calling.Remove(name);
                return;
            }
            var scriptIndex = ScriptArgument(name, values, index);
            if (scriptIndex != ScriptNotFound)
            {
                if (scriptIndex >= 0 && values[scriptIndex] is { } inner && nesting < MaxNesting)
                {
                    var nested = ShellScript.Parse(inner);
                    if (!nested.IsComplete)
                    {
                        Opaque = true;
                        return;
                    }
                    WalkList(nested.Body, context, nested, nesting + 1);
                    return;
                }
                Add(new ProgramInfo(ProgramKind.Unknown, shown[index]), Slice(values, index), text, context, nesting, unwrapped.Exec);
                return;
            }
            Add(ProgramClassifier.Classify(values, shown, index), Slice(values, index), text, context, nesting, unwrapped.Exec);
        }

        private void Add(ProgramInfo program, IReadOnlyList<string?> argv, string text, Context context, int nesting, bool exec)
        {
            _analysis.Add(new ProcessCommand(program, argv, text, nesting, context.ChoicesOrEmpty)
            {
                Background = context.Background,
                Final = context.Final,
                Exec = exec,
                InLoop = context.InLoop,
                InCondition = context.InCondition,
                InPipeline = context.InPipeline,
                PipelineTail = context.PipelineTail,
                EndsScript = (exec || (argv.Count > 0 && argv[0] == "exit"))
                    && !context.Background && !context.InPipeline && !context.InSubshell && !context.InCondition && nesting == 0,
            });
        }

        /// <summary><c>while true</c>, <c>while :</c>, <c>while sleep N</c>, <c>until false</c>.</summary>
        private static bool IsEndless(ShellLoop loop)
        {
            var condition = loop.Condition;
            if (condition.Items.Count != 1 || condition.Items[0].Background || condition.Items[0].Command.Pipelines.Count != 1)
            {
                return false;
            }
            var pipeline = condition.Items[0].Command.Pipelines[0];
            if (pipeline.Negated || pipeline.Commands.Count != 1 || pipeline.Commands[0] is not ShellSimpleCommand { Words.Count: > 0 } test)
            {
                return false;
            }
            var name = test.Words[0].Value is { } value ? ProgramClassifier.Basename(value) : null;
            return loop.IsUntil ? name == "false" : name is "true" or ":" or "sleep";
        }

        /// <summary>A loop body that only sleeps and runs finite commands: it exists to keep the shell alive.</summary>
        private static bool IsKeepAliveBody(ShellLoop loop)
        {
            var sleeps = false;
            var commands = new List<ShellSimpleCommand>();
            if (!Collect(loop.Condition, commands) || !Collect(loop.Body, commands))
            {
                return false;
            }
            foreach (var command in commands)
            {
                if (command.Words.Count == 0)
                {
                    continue;
                }
                var values = command.Words.Select(w => w.Value).ToList();
                var unwrapped = ProcessWrappers.Unwrap(values, 0);
                if (unwrapped.Index < 0)
                {
                    continue;
                }
                if (unwrapped.Opaque || values[unwrapped.Index] is not { } program)
                {
                    return false;
                }
                var name = ProgramClassifier.Basename(program);
                sleeps |= name == "sleep";
                var kind = ProgramClassifier.Classify(values, command.Words.Select(w => w.Text).ToList(), unwrapped.Index).Kind;
                if (kind is not (ProgramKind.Finite or ProgramKind.Wait or ProgramKind.KeepAlive))
                {
                    return false;
                }
            }
            return sleeps;
        }

        /// <summary>Collects the simple commands of a list; false when it holds a construct a plain keep-alive has no use for (a nested loop, a case).</summary>
        private static bool Collect(ShellList list, List<ShellSimpleCommand> commands)
        {
            foreach (var item in list.Items)
            {
                foreach (var pipeline in item.Command.Pipelines)
                {
                    foreach (var command in pipeline.Commands)
                    {
                        if (!Collect(command, commands))
                        {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private static bool Collect(ShellCommand command, List<ShellSimpleCommand> commands)
        {
            switch (command)
            {
                case ShellSimpleCommand simple:
                    commands.Add(simple);
                    return true;
                case ShellSubshell subshell:
                    return Collect(subshell.Body, commands);
                case ShellGroup group:
                    return Collect(group.Body, commands);
                case ShellIf @if:
                    foreach (var branch in @if.Branches)
                    {
                        if (!Collect(branch.Condition, commands) || !Collect(branch.Body, commands))
                        {
                            return false;
                        }
                    }
                    return @if.Else is not { } otherwise || Collect(otherwise, commands);
                default:
                    return false;
            }
        }
    }
}
