using System.Globalization;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// Task-level cpu and memory, which task definitions give as strings (<c>"256"</c> or <c>"0.25 vCPU"</c>,
/// <c>"512"</c> or <c>"1 GB"</c>), in the units the metadata reports them: vCPUs and MiB.
/// </summary>
internal static class TaskLimits
{
    private const decimal UnitsPerVcpu = 1024m, MibPerGb = 1024m;

    /// <summary>The task's vCPUs (CPU units / 1024), or null when it has no readable cpu.</summary>
    public static double? Vcpus(string? cpu) => Parse(cpu, "vcpu", UnitsPerVcpu) is { } units ? (double)(units / UnitsPerVcpu) : null;

    /// <summary>The task's memory in MiB, or null when it has no readable memory.</summary>
    public static long? Mebibytes(string? memory) => Parse(memory, "gb", MibPerGb) is { } mib ? (long)mib : null;

    private static decimal? Parse(string? text, string unit, decimal factor)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var multiplier = 1m;
        if (value.Length > unit.Length && value.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^unit.Length].TrimEnd();
            multiplier = factor;
        }
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0
            ? decimal.Truncate(number * multiplier)
            : null;
    }
}
