using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>Program-specific logic a table entry asks for, beyond its option lists.</summary>
internal enum ProgramSpecial
{
    None,
    Nginx,
    Redis,
    Httpd,
    Apachectl,
    Node,
    Java,
    Dotnet,
    Python,
    Ruby,
    Php,
    PackageManager,
    Deno,
    Pm2,
    NpmRunAll,
    Procfile,
    Monit,
}

/// <summary>
/// How one known program behaves: its kind, the options (or first operand) that make it finite, daemonising or
/// foreground, and the options that take a value (to find the first operand). An option written <c>-x</c> is matched
/// as a letter inside combined short options (<c>-xf</c>); longer ones match exactly or as <c>--name=value</c>.
/// </summary>
internal sealed class ProgramSpec
{
    public ProgramSpec(ProgramKind kind, string names)
    {
        Kind = kind;
        Names = Words(names);
    }

    public ProgramKind Kind { get; }

    public string[] Names { get; }

    /// <summary>How messages name the program when not by its own name (apachectl starts 'httpd').</summary>
    public string? Display { get; set; }

    /// <summary>Options that make the command finite (a config test, a version query, sending a signal).</summary>
    public string[] Finite { get; set; } = Array.Empty<string>();

    /// <summary>Options that stop a running instance (mongod --shutdown).</summary>
    public string[] Stop { get; set; } = Array.Empty<string>();

    /// <summary>Options that make it detach (when it stays in the foreground by default).</summary>
    public string[] Daemon { get; set; } = Array.Empty<string>();

    /// <summary>Options that keep it in the foreground (when it detaches by default).</summary>
    public string[] Foreground { get; set; } = Array.Empty<string>();

    /// <summary>True when the program detaches unless told otherwise (sshd, cron, httpd).</summary>
    public bool DaemonByDefault { get; set; }

    /// <summary>Short option letters that take a value.</summary>
    public string ValueLetters { get; set; } = "";

    /// <summary>Long options that take the next word as their value.</summary>
    public string[] ValueOptions { get; set; } = Array.Empty<string>();

    /// <summary>When set, the first operand must be one of these for a server (celery worker, caddy run).</summary>
    public string[]? Subcommands { get; set; }

    /// <summary>First operands that detach a daemon (caddy start, pg_ctl start).</summary>
    public string[] DaemonSubcommands { get; set; } = Array.Empty<string>();

    /// <summary>First operands that finish (caddy validate, rails db:migrate).</summary>
    public string[] FiniteSubcommands { get; set; } = Array.Empty<string>();

    public ProgramSpecial Special { get; set; }

    /// <summary>True for programs whose long options take one dash (<c>-version</c>, <c>-daemon</c>): short options are then never combined.</summary>
    public bool SingleDashOptions { get; set; }

    /// <summary>Splits a space-separated list.</summary>
    public static string[] Words(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = { ' ', '\n' };
}

/// <summary>What a command wrapper is for.</summary>
internal enum WrapperKind
{
    /// <summary>Runs the command unchanged otherwise (env, nice, gosu, ...).</summary>
    Plain,

    /// <summary>An init process that forwards signals and reaps zombies (tini, dumb-init, docker-init, catatonit).</summary>
    Init,

    /// <summary>The shell's exec: the command replaces the shell.</summary>
    Exec,
}

/// <summary>
/// A wrapper that runs another command: where its options end and the command starts. Options it does not know make
/// the rest of the command unknown (a wrapper is never a reason to trust the command it runs).
/// </summary>
internal sealed class WrapperSpec
{
    public WrapperSpec(WrapperKind kind, string names)
    {
        Kind = kind;
        Names = ProgramSpec.Words(names);
    }

    public WrapperKind Kind { get; }

    public string[] Names { get; }

    /// <summary>Short option letters without a value; null accepts none.</summary>
    public string FlagLetters { get; set; } = "";

    /// <summary>Short option letters that take a value (attached or as the next word).</summary>
    public string ValueLetters { get; set; } = "";

    /// <summary>Long (or single-dash multi-letter) options without a value, written in full.</summary>
    public string[] Flags { get; set; } = Array.Empty<string>();

    /// <summary>Long options that take a value (<c>--name value</c> or <c>--name=value</c>).</summary>
    public string[] Values { get; set; } = Array.Empty<string>();

    /// <summary>Operands before the command, such as the user of <c>gosu USER cmd</c>.</summary>
    public int Operands { get; set; }

    /// <summary>Skips <c>NAME=value</c> words before the command (env).</summary>
    public bool Assignments { get; set; }

    /// <summary>Accepts <c>-N</c> numbers as options (nice -10).</summary>
    public bool NumericFlags { get; set; }

    /// <summary>The command follows a <c>--</c>; without one the wrapper runs nothing (wait-for-it host:port -- cmd).</summary>
    public bool CommandAfterDashDash { get; set; }

    /// <summary>A subcommand that must follow the name for the word to be a wrapper (bundle exec, newrelic-admin run-program).</summary>
    public string? Subcommand { get; set; }
}

/// <summary>Lookup helpers over the tables of <see cref="KnownPrograms"/>.</summary>
internal static class ProgramTables
{
    private static readonly Dictionary<string, ProgramSpec> Programs = Index(KnownPrograms.Programs, p => p.Names);

    private static readonly Dictionary<string, WrapperSpec> Wrappers = Index(KnownPrograms.Wrappers, w => w.Names);

    private static readonly HashSet<string> FiniteNames = new(KnownPrograms.FiniteCommands.SelectMany(ProgramSpec.Words), StringComparer.Ordinal);

    private static readonly HashSet<string> ShellNames = new(ProgramSpec.Words(KnownPrograms.Shells), StringComparer.Ordinal);

    public static ProgramSpec? Program(string name) => Programs.TryGetValue(name, out var spec) ? spec : null;

    public static WrapperSpec? Wrapper(string name) => Wrappers.TryGetValue(name, out var spec) ? spec : null;

    public static bool IsFinite(string name) => FiniteNames.Contains(name);

    public static bool IsShell(string name) => ShellNames.Contains(name);

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string[]> names)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                index[name] = item;
            }
        }
        return index;
    }
}
