using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// Reads the options of a command's arguments (a null argument is unknown). An option written <c>-x</c> matches the
/// letter inside combined short options (<c>-fx</c>) until a letter that takes a value; a longer one matches exactly
/// or as <c>--name=value</c>. Options end at <c>--</c>.
/// </summary>
internal static class ProcessOptions
{
    /// <summary>What <see cref="FirstOperand"/> returns when there is no operand.</summary>
    public const int None = -1;

    /// <summary>What <see cref="FirstOperand"/> returns when an unknown word comes before any operand.</summary>
    public const int UnknownOperand = -2;

    public static bool Has(IReadOnlyList<string?> args, int from, string option, string valueLetters, bool combined = true)
    {
        for (var i = from; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                continue;
            }
            if (arg == "--")
            {
                return false;
            }
            if (Matches(arg, option, valueLetters, combined))
            {
                return true;
            }
        }
        return false;
    }

    public static bool HasAny(IReadOnlyList<string?> args, int from, string[] options, string valueLetters, bool combined = true)
    {
        foreach (var option in options)
        {
            if (Has(args, from, option, valueLetters, combined))
            {
                return true;
            }
        }
        return false;
    }

    public static bool AnyUnknown(IReadOnlyList<string?> args, int from)
    {
        for (var i = from; i < args.Count; i++)
        {
            if (args[i] is null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The value of option <paramref name="option"/> (<c>-g value</c>, <c>-gvalue</c>, <c>--name value</c>, <c>--name=value</c>) at each place it is given; null entries are unknown.</summary>
    public static List<string?> Values(IReadOnlyList<string?> args, int from, string option)
    {
        var values = new List<string?>();
        var isShort = option.Length == 2 && option[0] == '-' && option[1] != '-';
        for (var i = from; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                continue;
            }
            if (arg == "--")
            {
                break;
            }
            if (arg == option)
            {
                values.Add(i + 1 < args.Count ? args[i + 1] : null);
                i++;
            }
            else if (isShort && arg.StartsWith(option, StringComparison.Ordinal))
            {
                values.Add(arg.Substring(2));
            }
            else if (!isShort && arg.StartsWith(option + "=", StringComparison.Ordinal))
            {
                values.Add(arg.Substring(option.Length + 1));
            }
        }
        return values;
    }

    /// <summary>The first operand (not an option, not an option's value), or <see cref="None"/>, or <see cref="UnknownOperand"/>.</summary>
    public static int FirstOperand(IReadOnlyList<string?> args, int from, string valueLetters, string[] valueOptions)
    {
        for (var i = from; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                return UnknownOperand;
            }
            if (arg == "--")
            {
                return i + 1 < args.Count ? (args[i + 1] is null ? UnknownOperand : i + 1) : None;
            }
            if (arg.Length < 2 || arg[0] != '-')
            {
                return i;
            }
            if (Array.IndexOf(valueOptions, arg) >= 0 || (arg.Length == 2 && ProcessText.HasChar(valueLetters, arg[1]) && arg[1] != '-'))
            {
                i++;
            }
        }
        return None;
    }

    /// <summary>
    /// True when <paramref name="arg"/> is <paramref name="option"/> (see the class remarks); with
    /// <paramref name="combined"/> false (programs whose long options have one dash, such as <c>-version</c>) every
    /// option matches exactly.
    /// </summary>
    public static bool Matches(string arg, string option, string valueLetters, bool combined = true)
    {
        if (combined && option.Length == 2 && option[0] == '-' && option[1] != '-')
        {
            if (arg.Length < 2 || arg[0] != '-' || arg[1] == '-')
            {
                return false;
            }
            for (var k = 1; k < arg.Length; k++)
            {
                if (arg[k] == option[1])
                {
                    return true;
                }
                if (ProcessText.HasChar(valueLetters, arg[k]) || (!char.IsLetterOrDigit(arg[k]) && arg[k] != '?'))
                {
                    return false;
                }
            }
            return false;
        }
        return arg == option || (option.StartsWith("--", StringComparison.Ordinal) && arg.StartsWith(option + "=", StringComparison.Ordinal));
    }
}
