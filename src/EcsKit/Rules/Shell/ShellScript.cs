using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>A parsed shell script: its syntax tree, and whether it could be read to the end.</summary>
internal sealed class ShellScript
{
    private ShellScript(string source, IReadOnlyList<ShellToken> tokens, ShellList body, bool isComplete)
    {
        Source = source;
        Tokens = tokens;
        Body = body;
        IsComplete = isComplete;
    }

    public string Source { get; }

    public IReadOnlyList<ShellToken> Tokens { get; }

    public ShellList Body { get; }

    /// <summary>
    /// False when a quote, substitution or here-document is left open or the syntax is wrong: the tree then holds what
    /// could be read, and rules should stay silent.
    /// </summary>
    public bool IsComplete { get; }

    public static ShellScript Parse(string source)
    {
        source ??= "";
        var lexer = ShellLexer.Tokenize(source);
        var body = ShellParser.Parse(lexer.Tokens, out var parsed);
        return new ShellScript(source, lexer.Tokens, body, lexer.IsComplete && parsed);
    }

    /// <summary>The text of a command as written.</summary>
    public string TextOf(ShellCommand command) =>
        command.End > command.Start && command.End <= Source.Length ? Source.Substring(command.Start, command.End - command.Start) : "";

    /// <summary>
    /// Every simple command in the order written, with the operator that follows it (<c>|</c>, <c>&amp;&amp;</c>,
    /// <c>||</c>, <c>;</c>, <c>&amp;</c>, <c>"\n"</c>, or null at the end) and whether it runs in the background.
    /// Bodies of compound commands are included; bodies of function definitions are not (they run when called).
    /// </summary>
    public IReadOnlyList<ShellFlatCommand> FlatCommands()
    {
        var result = new List<ShellFlatCommand>();
        Flatten(Body, background: false, followedBy: null, result);
        return result;
    }

    private static void Flatten(ShellList list, bool background, string? followedBy, List<ShellFlatCommand> result)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var itemBackground = background || item.Background;
            var after = item.Terminator ?? followedBy;
            var andOr = item.Command;
            for (var p = 0; p < andOr.Pipelines.Count; p++)
            {
                var pipelineAfter = p < andOr.Operators.Count ? andOr.Operators[p] : after;
                var commands = andOr.Pipelines[p].Commands;
                for (var c = 0; c < commands.Count; c++)
                {
                    Flatten(commands[c], itemBackground, c < commands.Count - 1 ? "|" : pipelineAfter, result);
                }
            }
        }
    }

    private static void Flatten(ShellCommand command, bool background, string? followedBy, List<ShellFlatCommand> result)
    {
        switch (command)
        {
            case ShellSimpleCommand simple:
                result.Add(new ShellFlatCommand(simple, followedBy, background));
                break;
            case ShellSubshell subshell:
                Flatten(subshell.Body, background, followedBy, result);
                break;
            case ShellGroup group:
                Flatten(group.Body, background, followedBy, result);
                break;
            case ShellIf @if:
                foreach (var branch in @if.Branches)
                {
                    Flatten(branch.Condition, background, null, result);
                    Flatten(branch.Body, background, followedBy, result);
                }
                if (@if.Else is { } otherwise)
                {
                    Flatten(otherwise, background, followedBy, result);
                }
                break;
            case ShellLoop loop:
                Flatten(loop.Condition, background, null, result);
                Flatten(loop.Body, background, followedBy, result);
                break;
            case ShellFor @for:
                Flatten(@for.Body, background, followedBy, result);
                break;
            case ShellCase @case:
                foreach (var item in @case.Items)
                {
                    Flatten(item.Body, background, followedBy, result);
                }
                break;
        }
    }
}

/// <summary>A simple command of a script with the operator written after it.</summary>
internal sealed class ShellFlatCommand
{
    public ShellFlatCommand(ShellSimpleCommand command, string? followedBy, bool background)
    {
        Command = command;
        FollowedBy = followedBy;
        Background = background;
    }

    public ShellSimpleCommand Command { get; }

    /// <summary><c>|</c>, <c>|&amp;</c> is reported as <c>|</c>; <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>&amp;</c>, <c>"\n"</c>, or null at the end.</summary>
    public string? FollowedBy { get; }

    /// <summary>True when the command runs in the background (its list entry, or an enclosing one, ends with <c>&amp;</c>).</summary>
    public bool Background { get; }

    public override string ToString() => Command + (FollowedBy is null ? "" : " " + (FollowedBy == "\n" ? "\\n" : FollowedBy));
}
