using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>A sequence of commands separated by <c>;</c>, <c>&amp;</c> or newlines.</summary>
internal sealed class ShellList
{
    public List<ShellListItem> Items { get; } = new();
}

/// <summary>One entry of a <see cref="ShellList"/> and the operator that ends it.</summary>
internal sealed class ShellListItem
{
    public ShellListItem(ShellAndOr command, string? terminator)
    {
        Command = command;
        Terminator = terminator;
    }

    public ShellAndOr Command { get; }

    /// <summary><c>;</c>, <c>&amp;</c>, <c>"\n"</c>, or null at the end of the list.</summary>
    public string? Terminator { get; }

    /// <summary>True when the entry runs in the background (<c>&amp;</c>).</summary>
    public bool Background => Terminator == "&";
}

/// <summary>Pipelines joined by <c>&amp;&amp;</c> and <c>||</c>.</summary>
internal sealed class ShellAndOr
{
    public List<ShellPipeline> Pipelines { get; } = new();

    /// <summary>The operator after each pipeline but the last (<c>&amp;&amp;</c> or <c>||</c>).</summary>
    public List<string> Operators { get; } = new();
}

/// <summary>Commands joined by <c>|</c> or <c>|&amp;</c>, optionally negated with <c>!</c>.</summary>
internal sealed class ShellPipeline
{
    public bool Negated { get; set; }

    public List<ShellCommand> Commands { get; } = new();
}

/// <summary>A command: simple, or compound (subshell, group, if, loop, case, function definition).</summary>
internal abstract class ShellCommand
{
    public List<ShellRedirect> Redirects { get; } = new();

    /// <summary>Offset of the command in the script.</summary>
    public int Start { get; set; }

    /// <summary>Offset just past the command (before its trailing redirections and operator).</summary>
    public int End { get; set; }
}

/// <summary>A redirection such as <c>2&gt;&amp;1</c> or <c>&gt; /dev/null</c>.</summary>
internal sealed class ShellRedirect
{
    public ShellRedirect(string? ioNumber, string op, ShellWord? target)
    {
        IoNumber = ioNumber;
        Operator = op;
        Target = target;
    }

    public string? IoNumber { get; }

    public string Operator { get; }

    public ShellWord? Target { get; }

    public override string ToString() => (IoNumber ?? "") + Operator + (Target?.Raw ?? "");
}

/// <summary>A simple command: variable assignments, then the words (name and arguments), with redirections kept apart.</summary>
internal sealed class ShellSimpleCommand : ShellCommand
{
    public List<ShellWord> Assignments { get; } = new();

    public List<ShellWord> Words { get; } = new();

    public override string ToString() => string.Join(" ", Words);
}

/// <summary><c>( list )</c>: a subshell.</summary>
internal sealed class ShellSubshell : ShellCommand
{
    public ShellSubshell(ShellList body) => Body = body;

    public ShellList Body { get; }
}

/// <summary><c>{ list; }</c>: a group run by the current shell.</summary>
internal sealed class ShellGroup : ShellCommand
{
    public ShellGroup(ShellList body) => Body = body;

    public ShellList Body { get; }
}

/// <summary><c>if</c> with its <c>elif</c> branches and optional <c>else</c>.</summary>
internal sealed class ShellIf : ShellCommand
{
    public List<ShellBranch> Branches { get; } = new();

    public ShellList? Else { get; set; }
}

/// <summary>A condition and the commands it guards.</summary>
internal sealed class ShellBranch
{
    public ShellBranch(ShellList condition, ShellList body)
    {
        Condition = condition;
        Body = body;
    }

    public ShellList Condition { get; }

    public ShellList Body { get; }
}

/// <summary><c>while</c> or <c>until</c> ... <c>do</c> ... <c>done</c>.</summary>
internal sealed class ShellLoop : ShellCommand
{
    public ShellLoop(bool isUntil, ShellList condition, ShellList body)
    {
        IsUntil = isUntil;
        Condition = condition;
        Body = body;
    }

    public bool IsUntil { get; }

    public ShellList Condition { get; }

    public ShellList Body { get; }
}

/// <summary><c>for</c> (or <c>select</c>) ... <c>do</c> ... <c>done</c>; iterates over a finite list.</summary>
internal sealed class ShellFor : ShellCommand
{
    public ShellFor(string variable, ShellList body)
    {
        Variable = variable;
        Body = body;
    }

    public string Variable { get; }

    public List<ShellWord> Items { get; } = new();

    public ShellList Body { get; }
}

/// <summary><c>case word in pattern) list ;; ... esac</c>.</summary>
internal sealed class ShellCase : ShellCommand
{
    public ShellCase(ShellWord? subject) => Subject = subject;

    public ShellWord? Subject { get; }

    public List<ShellCaseItem> Items { get; } = new();
}

/// <summary>One arm of a <see cref="ShellCase"/>.</summary>
internal sealed class ShellCaseItem
{
    public ShellCaseItem(ShellList body) => Body = body;

    public List<ShellWord> Patterns { get; } = new();

    public ShellList Body { get; }
}

/// <summary>A function definition; its body runs only when the function is called.</summary>
internal sealed class ShellFunction : ShellCommand
{
    public ShellFunction(string name, ShellCommand body)
    {
        Name = name;
        Body = body;
    }

    public string Name { get; }

    public ShellCommand Body { get; }
}
