using EcsKit.Rules;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// Task-level cpu and memory, which task definitions give as strings (<c>"256"</c> or <c>"0.25 vCPU"</c>,
/// <c>"512"</c> or <c>"1 GB"</c>), in the units the metadata reports them: vCPUs and MiB. Read by the rules' own parser.
/// </summary>
internal static class TaskLimits
{
    /// <summary>The task's vCPUs (CPU units / 1024), or null when it has no readable cpu.</summary>
    public static double? Vcpus(string? cpu) => cpu is not null && TaskSize.ParseCpu(cpu) is int units ? units / 1024.0 : null;

    /// <summary>The task's memory in MiB, or null when it has no readable memory.</summary>
    public static long? Mebibytes(string? memory) => memory is not null && TaskSize.ParseMemory(memory) is int mib ? mib : null;
}
