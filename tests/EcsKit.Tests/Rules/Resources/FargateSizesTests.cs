using System.Globalization;
using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class FargateSizesTests
{
    public static TheoryData<int, int> ValidPairs()
    {
        var data = new TheoryData<int, int>();
        foreach (var row in FargateSizes.All)
        {
            foreach (var memory in row.Memory)
            {
                data.Add(row.Cpu, memory);
            }
        }
        return data;
    }

    public static TheoryData<int, int> InvalidNeighbours()
    {
        var data = new TheoryData<int, int>();
        foreach (var row in FargateSizes.All)
        {
            var step = row.Step == 0 ? 512 : row.Step;
            data.Add(row.Cpu, row.MinMemory - step);
            data.Add(row.Cpu, row.MaxMemory + step);
            data.Add(row.Cpu, row.MinMemory + (step / 2));
        }
        data.Add(256, 1536);
        data.Add(512, 512);
        data.Add(8192, 20480 + 1024);
        data.Add(16384, 40960 + 4096);
        return data;
    }

    [Fact]
    public void The_table_is_the_catalogues()
    {
        Assert.Equal([256, 512, 1024, 2048, 4096, 8192, 16384], FargateSizes.Cpus);
        Assert.Equal([512, 1024, 2048], FargateSizes.MemoryFor(256));
        Assert.Equal([1024, 2048, 3072, 4096], FargateSizes.MemoryFor(512));
        Assert.Equal(Enumerable.Range(2, 7).Select(g => g * 1024), FargateSizes.MemoryFor(1024));
        Assert.Equal(Enumerable.Range(4, 13).Select(g => g * 1024), FargateSizes.MemoryFor(2048));
        Assert.Equal(Enumerable.Range(8, 23).Select(g => g * 1024), FargateSizes.MemoryFor(4096));
        Assert.Equal(Enumerable.Range(4, 12).Select(g => g * 4096), FargateSizes.MemoryFor(8192));
        Assert.Equal(Enumerable.Range(4, 12).Select(g => g * 8192), FargateSizes.MemoryFor(16384));
        Assert.Equal([8192, 16384], FargateSizes.All.Where(s => s.LinuxPlatform14Only).Select(s => s.Cpu));
        Assert.Equal([1024, 2048, 4096], FargateSizes.WindowsCpus);
        Assert.Empty(FargateSizes.MemoryFor(128));
    }

    [Theory]
    [MemberData(nameof(ValidPairs))]
    public void Every_pair_of_the_table_passes(int cpu, int memory)
    {
        Assert.True(FargateSizes.IsValid(cpu, memory));
        var result = EcsJson.ParseTaskDefinition(ResourceFindings.FargateJson(Text(cpu), Text(memory))).Validate();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "ECS0030" or "ECS0031" or "ECS0032" or "ECS0033" or "ECS0034");
    }

    [Theory]
    [MemberData(nameof(InvalidNeighbours))]
    public void Neighbours_of_the_table_fail(int cpu, int memory)
    {
        Assert.False(FargateSizes.IsValid(cpu, memory));
        var finding = Assert.Single(ResourceFindings.OfFargate(Text(cpu), Text(memory), "ECS0030"));
        Assert.Equal("$.memory", finding.Path);
        Assert.Contains(Text(cpu) + " CPU units", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(128)]
    [InlineData(300)]
    [InlineData(768)]
    [InlineData(32768)]
    public void Cpu_values_outside_the_table_fail(int cpu)
    {
        Assert.Null(FargateSizes.Find(cpu));
        var finding = Assert.Single(ResourceFindings.OfFargate(Text(cpu), "2048", "ECS0030"));
        Assert.Equal("$.cpu", finding.Path);
    }

    [Fact]
    public void Memory_is_described_as_a_list_or_a_range()
    {
        Assert.Equal("512, 1024 or 2048 MiB", FargateSizes.Find(256)!.DescribeMemory());
        Assert.Equal("1024, 2048, 3072 or 4096 MiB", FargateSizes.Find(512)!.DescribeMemory());
        Assert.Equal("8192 to 30720 MiB in steps of 1024", FargateSizes.Find(4096)!.DescribeMemory());
        Assert.Equal([256, 512, 1024], FargateSizes.CpusFor(2048));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
