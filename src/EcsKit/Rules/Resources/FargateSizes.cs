using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>
/// The task sizes Fargate runs: each task CPU value (in CPU units) and the task memory values (in MiB) it takes.
/// This is the only copy of the table; rules and messages read it from here.
/// </summary>
internal static class FargateSizes
{
    /// <summary>The table, smallest CPU first, as the ECS Developer Guide ("Task CPU and memory") gives it.</summary>
    public static IReadOnlyList<FargateCpu> All { get; } = new[]
    {
        FargateCpu.Values(256, 512, 1024, 2048),
        FargateCpu.Range(512, 1024, 4096, 1024),
        FargateCpu.Range(1024, 2048, 8192, 1024),
        FargateCpu.Range(2048, 4096, 16384, 1024),
        FargateCpu.Range(4096, 8192, 30720, 1024),
        FargateCpu.Range(8192, 16384, 61440, 4096, linuxPlatform14Only: true),
        FargateCpu.Range(16384, 32768, 122880, 8192, linuxPlatform14Only: true),
    };

    /// <summary>The CPU values Windows tasks take on Fargate.</summary>
    public static IReadOnlyList<int> WindowsCpus { get; } = new[] { 1024, 2048, 4096 };

    /// <summary>The oldest Linux platform version that runs the largest sizes.</summary>
    public static Version LargeSizesPlatform { get; } = new(1, 4, 0);

    /// <summary>Every CPU value of the table.</summary>
    public static IReadOnlyList<int> Cpus { get; } = All.Select(s => s.Cpu).ToArray();

    /// <summary>The row of <paramref name="cpu"/>, or null when Fargate has no such CPU value.</summary>
    public static FargateCpu? Find(int cpu)
    {
        foreach (var size in All)
        {
            if (size.Cpu == cpu)
            {
                return size;
            }
        }
        return null;
    }

    /// <summary>The memory values (MiB) Fargate takes with <paramref name="cpu"/>; empty when the CPU value is not in the table.</summary>
    public static IReadOnlyList<int> MemoryFor(int cpu) => Find(cpu)?.Memory ?? Array.Empty<int>();

    /// <summary>True when the pair is in the table.</summary>
    public static bool IsValid(int cpu, int memory) => Find(cpu)?.Takes(memory) ?? false;

    /// <summary>The CPU values that take <paramref name="memory"/> MiB.</summary>
    public static IReadOnlyList<int> CpusFor(int memory) => All.Where(s => s.Takes(memory)).Select(s => s.Cpu).ToArray();

    /// <summary>True when Windows tasks may use <paramref name="cpu"/> on Fargate.</summary>
    public static bool IsWindowsCpu(int cpu) => WindowsCpus.Contains(cpu);

    /// <summary>Numbers as a list for a message: <c>512, 1024 or 2048</c>.</summary>
    public static string Join(IReadOnlyList<int> values, string lastSeparator = " or ")
    {
        var text = values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return text.Length <= 1
            ? string.Concat(text)
            : string.Join(", ", text, 0, text.Length - 1) + lastSeparator + text[text.Length - 1];
    }
}

/// <summary>One row of the Fargate table: a CPU value and the memory values it takes.</summary>
internal sealed class FargateCpu
{
    private FargateCpu(int cpu, int[] memory, int step, bool linuxPlatform14Only)
    {
        Cpu = cpu;
        Memory = memory;
        Step = step;
        LinuxPlatform14Only = linuxPlatform14Only;
    }

    /// <summary>CPU units (1024 units = 1 vCPU).</summary>
    public int Cpu { get; }

    /// <summary>Every memory value (MiB) this CPU value takes, smallest first.</summary>
    public IReadOnlyList<int> Memory { get; }

    /// <summary>The step between memory values when given as a range; 0 when given as a list.</summary>
    public int Step { get; }

    /// <summary>True for the sizes only Linux tasks on platform version 1.4.0 or later run.</summary>
    public bool LinuxPlatform14Only { get; }

    public int MinMemory => Memory[0];

    public int MaxMemory => Memory[Memory.Count - 1];

    public static FargateCpu Values(int cpu, params int[] memory) => new(cpu, memory, 0, false);

    public static FargateCpu Range(int cpu, int from, int to, int step, bool linuxPlatform14Only = false)
    {
        var memory = new List<int>();
        for (var value = from; value <= to; value += step)
        {
            memory.Add(value);
        }
        return new FargateCpu(cpu, memory.ToArray(), step, linuxPlatform14Only);
    }

    public bool Takes(int memory) => Memory.Contains(memory);

    /// <summary>The memory values for a message: <c>512, 1024 or 2048 MiB</c>, or <c>8192 to 30720 MiB in steps of 1024</c>.</summary>
    public string DescribeMemory() =>
        Step == 0 || Memory.Count <= 4
            ? FargateSizes.Join(Memory) + " MiB"
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} to {1} MiB in steps of {2}", MinMemory, MaxMemory, Step);
}
