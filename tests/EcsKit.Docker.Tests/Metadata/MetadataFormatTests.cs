using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

public sealed class MetadataFormatTests
{
    [Theory]
    [InlineData(0, "2025-11-25T10:00:00Z")]
    [InlineData(1, "2025-11-25T10:00:00.0000001Z")]
    [InlineData(1_000_000, "2025-11-25T10:00:00.1Z")]
    [InlineData(1_234_500, "2025-11-25T10:00:00.12345Z")]
    public void Timestamps_are_go_rfc3339_nano_in_utc(long ticks, string expected)
    {
        Assert.Equal(expected, Rfc3339.Format(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero).AddTicks(ticks)));
    }

    [Fact]
    public void Timestamps_with_an_offset_are_written_in_utc()
    {
        Assert.Equal("2025-11-25T08:30:00Z", Rfc3339.Format(new DateTimeOffset(2025, 11, 25, 10, 30, 0, TimeSpan.FromHours(2))));
    }

    [Theory]
    [InlineData("256", 0.25)]
    [InlineData("1024", 1.0)]
    [InlineData("1 vCPU", 1.0)]
    [InlineData("0.5 vcpu", 0.5)]
    [InlineData(" 2vCPU ", 2.0)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("lots", null)]
    public void Task_cpu_is_reported_in_vcpus(string? cpu, double? expected)
    {
        Assert.Equal(expected, TaskLimits.Vcpus(cpu));
    }

    [Theory]
    [InlineData("512", 512L)]
    [InlineData("1 GB", 1024L)]
    [InlineData("0.5GB", 512L)]
    [InlineData(null, null)]
    [InlineData("-1", null)]
    public void Task_memory_is_reported_in_mib(string? memory, long? expected)
    {
        Assert.Equal(expected, TaskLimits.Mebibytes(memory));
    }

    [Theory]
    [InlineData("172.18.0.5", 16, "172.18.0.0/16")]
    [InlineData("10.0.2.100", 24, "10.0.2.0/24")]
    [InlineData("10.0.2.100", 32, "10.0.2.100/32")]
    [InlineData("10.0.2.100", 0, "0.0.0.0/0")]
    [InlineData("fe80::1", 64, null)]
    public void Subnet_is_the_network_address_of_the_attachment(string address, int prefix, string? expected)
    {
        Assert.Equal(expected, MetadataJson.SubnetOf(new NetworkAttachment("n", address, prefix, null, null)));
    }

    [Theory]
    [InlineData("GET /v4/x/task?a=b HTTP/1.1", "GET", "/v4/x/task", "a=b")]
    [InlineData("GET http://169.254.170.2/v4/x HTTP/1.0", "GET", "/v4/x", "")]
    public void Request_line_gives_method_path_and_query(string line, string method, string path, string query)
    {
        Assert.Equal(new HttpRequestHead(method, path, query), HttpRequestHead.Parse(line));
    }
}
