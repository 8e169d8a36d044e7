using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class TaskSizeTests
{
    [Theory]
    [InlineData("1024", 1024)]
    [InlineData(" 256 ", 256)]
    [InlineData("1 vCPU", 1024)]
    [InlineData("1 vcpu", 1024)]
    [InlineData("1vCPU", 1024)]
    [InlineData("0.25 vCPU", 256)]
    [InlineData(".5 vCPU", 512)]
    [InlineData("16 VCPU", 16384)]
    [InlineData("0.125 vCPU", 128)]
    public void Cpu_reads_units_and_vcpus(string text, int units) => Assert.Equal(units, TaskSize.ParseCpu(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("vCPU")]
    [InlineData("1.5")]
    [InlineData("-256")]
    [InlineData("+256")]
    [InlineData("1,024")]
    [InlineData("1e3")]
    [InlineData("0.1 vCPU")]
    [InlineData("1 GB")]
    [InlineData("1 CPU")]
    [InlineData("1..5 vCPU")]
    [InlineData("99999999999")]
    [InlineData("one")]
    public void Cpu_refuses_anything_else(string text) => Assert.Null(TaskSize.ParseCpu(text));

    [Theory]
    [InlineData("2048", 2048)]
    [InlineData("2 GB", 2048)]
    [InlineData("2GB", 2048)]
    [InlineData("2gb", 2048)]
    [InlineData("0.5 GB", 512)]
    [InlineData("120 GB", 122880)]
    [InlineData("512", 512)]
    public void Memory_reads_mib_and_gb(string text, int mebibytes) => Assert.Equal(mebibytes, TaskSize.ParseMemory(text));

    [Theory]
    [InlineData("")]
    [InlineData("GB")]
    [InlineData("2 MB")]
    [InlineData("2 vCPU")]
    [InlineData("2.5")]
    [InlineData("0.0001 GB")]
    [InlineData("lots")]
    public void Memory_refuses_anything_else(string text) => Assert.Null(TaskSize.ParseMemory(text));
}
