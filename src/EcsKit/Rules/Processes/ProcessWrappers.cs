using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>Where the real command starts once init and privilege-drop wrappers are skipped.</summary>
internal sealed class UnwrappedCommand
{
    public UnwrappedCommand(int index, bool opaque, bool exec, bool init)
    {
        Index = index;
        Opaque = opaque;
        Exec = exec;
        Init = init;
    }

    /// <summary>The index of the real command, or -1 when the wrappers run nothing (<c>exec &gt; log</c>, <c>env</c> alone).</summary>
    public int Index { get; }

    /// <summary>True when a wrapper's arguments could not be read (an unknown word or option): the command at <see cref="Index"/> is then unknown.</summary>
    public bool Opaque { get; }

    /// <summary>True when <c>exec</c> was among the wrappers: the command replaces the shell.</summary>
    public bool Exec { get; }

    /// <summary>True when an init process (tini, dumb-init, docker-init, catatonit) runs in front.</summary>
    public bool Init { get; }
}

/// <summary>
/// Skips command wrappers (tini, dumb-init, gosu, su-exec, setpriv, chpst, s6-setuidgid, env, nice, stdbuf, exec, ...)
/// with their options. The wrappers are not trusted: what they run is analysed like any command.
/// </summary>
internal static class ProcessWrappers
{
    private const int MaxWrappers = 16;

    public static UnwrappedCommand Unwrap(IReadOnlyList<string?> argv, int start)
    {
        var i = start;
        var exec = false;
        var init = false;
        for (var guard = 0; guard < MaxWrappers; guard++)
        {
            if (i >= argv.Count)
            {
                return new UnwrappedCommand(-1, false, exec, init);
            }
            if (argv[i] is not { } word)
            {
                return new UnwrappedCommand(i, true, exec, init);
            }
            var spec = ProgramTables.Wrapper(ProgramClassifier.Basename(word));
            if (spec is null)
            {
                return new UnwrappedCommand(i, false, exec, init);
            }
            if (spec.Subcommand is not null)
            {
                if (i + 1 >= argv.Count || argv[i + 1] != spec.Subcommand)
                {
                    // bundle install, not bundle exec: the command itself.
                    return new UnwrappedCommand(i, i + 1 < argv.Count && argv[i + 1] is null, exec, init);
                }
                i++;
            }
            var wrapper = i;
            i++;
            exec |= spec.Kind == WrapperKind.Exec;
            init |= spec.Kind == WrapperKind.Init;
            if (spec.CommandAfterDashDash)
            {
                var dashes = -1;
                for (var k = i; k < argv.Count; k++)
                {
                    if (argv[k] is null)
                    {
                        return new UnwrappedCommand(wrapper, true, exec, init);
                    }
                    if (argv[k] == "--")
                    {
                        dashes = k;
                        break;
                    }
                }
                if (dashes < 0)
                {
                    return new UnwrappedCommand(-1, false, exec, init);
                }
                i = dashes + 1;
                continue;
            }
            var next = SkipOptions(spec, argv, i);
            if (next < 0)
            {
                return new UnwrappedCommand(wrapper, true, exec, init);
            }
            i = next + spec.Operands;
        }
        return new UnwrappedCommand(start, true, exec, init);
    }

    /// <summary>The index after the options of a wrapper, or -1 when an option is unknown or unreadable.</summary>
    private static int SkipOptions(WrapperSpec spec, IReadOnlyList<string?> argv, int i)
    {
        while (i < argv.Count)
        {
            if (argv[i] is not { } arg)
            {
                // An unknown word: the command (or the wrapper's operand) starts here as far as can be told.
                return i;
            }
            if (arg == "--")
            {
                return i + 1;
            }
            if (spec.Assignments && IsAssignment(arg))
            {
                i++;
                continue;
            }
            if (arg.Length < 2 || arg[0] != '-')
            {
                if (arg == "-" && Array.IndexOf(spec.Flags, arg) >= 0)
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (Array.IndexOf(spec.Flags, arg) >= 0)
            {
                i++;
                continue;
            }
            var equals = arg.IndexOf('=');
            var optionName = equals > 0 ? arg.Substring(0, equals) : arg;
            if (Array.IndexOf(spec.Values, optionName) >= 0)
            {
                i += equals > 0 ? 1 : 2;
                continue;
            }
            if (arg[1] == '-')
            {
                return -1;
            }
            if (spec.NumericFlags && IsDigits(arg, 1))
            {
                i++;
                continue;
            }
            var skip = 1;
            for (var k = 1; k < arg.Length; k++)
            {
                var letter = arg[k];
                if (ProcessText.HasChar(spec.ValueLetters, letter))
                {
                    skip = k == arg.Length - 1 ? 2 : 1;
                    break;
                }
                if (!ProcessText.HasChar(spec.FlagLetters, letter))
                {
                    return -1;
                }
            }
            i += skip;
        }
        return i;
    }

    private static bool IsAssignment(string word)
    {
        var equals = word.IndexOf('=');
        if (equals <= 0 || !(word[0] == '_' || char.IsLetter(word[0])))
        {
            return false;
        }
        for (var k = 1; k < equals; k++)
        {
            if (!(word[k] == '_' || char.IsLetterOrDigit(word[k])))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDigits(string text, int from)
    {
        if (from >= text.Length)
        {
            return false;
        }
        for (var k = from; k < text.Length; k++)
        {
            if (!char.IsDigit(text[k]))
            {
                return false;
            }
        }
        return true;
    }
}
