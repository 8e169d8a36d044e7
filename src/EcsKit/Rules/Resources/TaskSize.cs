using System;
using System.Globalization;

namespace EcsKit.Rules;

/// <summary>
/// Reads task-level <c>cpu</c> and <c>memory</c>, which ECS takes as strings: CPU units (<c>"1024"</c>) or vCPUs
/// (<c>"1 vCPU"</c>, <c>"0.25 vcpu"</c>); MiB (<c>"2048"</c>) or GB (<c>"2 GB"</c>, <c>"2GB"</c>). ECS converts them
/// to CPU units and MiB when the task definition is registered, and so does this.
/// </summary>
internal static class TaskSize
{
    private const int UnitsPerVcpu = 1024;
    private const int MibPerGb = 1024;

    /// <summary>The CPU units that <paramref name="text"/> stands for, or null when it is not a CPU value.</summary>
    public static int? ParseCpu(string text) => Parse(text, "vcpu", UnitsPerVcpu);

    /// <summary>The MiB that <paramref name="text"/> stands for, or null when it is not a memory value.</summary>
    public static int? ParseMemory(string text) => Parse(text, "gb", MibPerGb);

    /// <summary>The task's CPU units when the task gives a readable value.</summary>
    public static int? Cpu(TaskFacts task) => task.Cpu.IsKnown ? ParseCpu(task.Cpu.Value) : null;

    /// <summary>The task's memory in MiB when the task gives a readable value.</summary>
    public static int? Memory(TaskFacts task) => task.Memory.IsKnown ? ParseMemory(task.Memory.Value) : null;

    /// <summary>
    /// A whole number alone is in the base unit (CPU units, MiB); a number followed by <paramref name="unit"/>
    /// (any case, with or without a space) is multiplied by <paramref name="factor"/> and must come out whole.
    /// </summary>
    private static int? Parse(string? text, string unit, int factor)
    {
        if (text is null)
        {
            return null;
        }
        var value = text.Trim();
        var multiplier = 1;
        if (value.Length > unit.Length && value.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            value = value.Substring(0, value.Length - unit.Length).TrimEnd();
            multiplier = factor;
        }
        if (value.Length == 0 || !IsPlainNumber(value, allowFraction: multiplier != 1))
        {
            return null;
        }
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        var result = number * multiplier;
        if (result != decimal.Truncate(result) || result > int.MaxValue)
        {
            return null;
        }
        return (int)result;
    }

    /// <summary>Digits, with at most one decimal point when fractions are allowed: no sign, exponent, or group separator.</summary>
    private static bool IsPlainNumber(string value, bool allowFraction)
    {
        var points = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c == '.' && allowFraction)
            {
                points++;
            }
            else
            {
                return false;
            }
        }
        return digits > 0 && points <= 1;
    }
}
