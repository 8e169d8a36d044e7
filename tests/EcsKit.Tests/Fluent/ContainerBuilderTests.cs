namespace EcsKit.Tests.Fluent;

public class ContainerBuilderTests
{
    private static ContainerDefinition Container(Action<ContainerBuilder> configure) =>
        new EcsApp("t").TaskDefinition("td", td => td.Container("c", configure)).ContainerDefinitions[0];

    [Fact]
    public void Ports_carry_host_port_protocol_name_and_app_protocol_only_when_given()
    {
        var container = Container(c => c
            .Port(80)
            .Port(8125, hostPort: 8125, protocol: TransportProtocol.Udp)
            .Port(9090, name: "grpc", appProtocol: ApplicationProtocol.Grpc)
            .PortRange("7000-7010"));

        var ports = container.PortMappings!;
        Assert.Equal(new PortMapping { ContainerPort = 80 }, ports[0]);
        Assert.Equal(new PortMapping { ContainerPort = 8125, HostPort = 8125, Protocol = TransportProtocol.Udp }, ports[1]);
        Assert.Equal(new PortMapping { ContainerPort = 9090, Name = "grpc", AppProtocol = ApplicationProtocol.Grpc }, ports[2]);
        Assert.Equal("7000-7010", ports[3].ContainerPortRange);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void A_port_outside_the_port_range_names_the_container(int port)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Container(c => c.Port(port)));

        Assert.Contains("Container 'c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_check_times_become_seconds()
    {
        var check = Container(c => c.HealthCheck("CMD-SHELL", "true",
            interval: TimeSpan.FromSeconds(15), timeout: TimeSpan.FromSeconds(4), retries: 2, startPeriod: TimeSpan.FromMinutes(1))).HealthCheck!;

        Assert.Equal(["CMD-SHELL", "true"], check.Command);
        Assert.Equal((15, 4, 2, 60), (check.Interval, check.Timeout, check.Retries, check.StartPeriod));
    }

    [Fact]
    public void A_duration_finer_than_a_second_is_refused_rather_than_rounded()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Container(c => c.StopTimeout(TimeSpan.FromMilliseconds(1500))));

        Assert.Contains("whole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_an_environment_variable_or_secret_again_replaces_it()
    {
        var container = Container(c => c
            .Environment("A", "1").Environment("B", "2").Environment("A", "3")
            .Secret("S", "arn:1").Secret("S", "arn:2"));

        Assert.Equal(["A=3", "B=2"], container.Environment!.Select(e => $"{e.Name}={e.Value}"));
        Assert.Equal("arn:2", Assert.Single(container.Secrets!).ValueFrom);
    }

    [Theory]
    [InlineData(null, null, null, "arn:aws:secretsmanager:eu-west-1:1:secret:db")]
    [InlineData("password", null, null, "arn:aws:secretsmanager:eu-west-1:1:secret:db:password::")]
    [InlineData(null, "AWSPREVIOUS", null, "arn:aws:secretsmanager:eu-west-1:1:secret:db::AWSPREVIOUS:")]
    [InlineData("user", null, "v-1", "arn:aws:secretsmanager:eu-west-1:1:secret:db:user::v-1")]
    public void Secrets_manager_value_from_has_the_json_key_stage_and_version_slots(string? key, string? stage, string? version, string expected)
    {
        var secret = Container(c => c.SecretsManagerSecret("DB", "arn:aws:secretsmanager:eu-west-1:1:secret:db", key, stage, version)).Secrets![0];

        Assert.Equal(expected, secret.ValueFrom);
    }

    [Fact]
    public void Logging_shortcuts_write_the_driver_options()
    {
        var aws = Container(c => c.AwsLogs("/ecs/x", "eu-west-1", "x", createGroup: true, nonBlocking: true)).LogConfiguration!;
        var json = Container(c => c.JsonFileLogs("10m", 3)).LogConfiguration!;
        var firelens = Container(c => c.FireLensLogs(new Dictionary<string, string> { ["Name"] = "cloudwatch" })).LogConfiguration!;

        Assert.Equal(LogDriver.Awslogs, aws.LogDriver);
        Assert.Equal("true", aws.Options!["awslogs-create-group"]);
        Assert.Equal("non-blocking", aws.Options["mode"]);
        Assert.Equal(LogDriver.JsonFile, json.LogDriver);
        Assert.Equal("3", json.Options!["max-file"]);
        Assert.Equal(LogDriver.Awsfirelens, firelens.LogDriver);
    }

    [Fact]
    public void Linux_parameters_accumulate()
    {
        var linux = Container(c => c
            .InitProcessEnabled()
            .AddCapabilities("NET_ADMIN").AddCapabilities("SYS_PTRACE").DropCapabilities("ALL")
            .SharedMemorySize(64)
            .Tmpfs("/tmp", 128, "noexec")).LinuxParameters!;

        Assert.True(linux.InitProcessEnabled);
        Assert.Equal(["NET_ADMIN", "SYS_PTRACE"], linux.Capabilities!.Add);
        Assert.Equal(["ALL"], linux.Capabilities.Drop);
        Assert.Equal(64, linux.SharedMemorySize);
        Assert.Equal("/tmp", linux.Tmpfs![0].ContainerPath);
    }

    [Fact]
    public void Depending_on_a_container_again_changes_the_condition()
    {
        var container = Container(c => c.DependsOn("db").DependsOn("db", ContainerCondition.Healthy));

        Assert.Equal(ContainerCondition.Healthy, Assert.Single(container.DependsOn!).Condition);
    }

    [Fact]
    public void An_empty_image_is_refused_with_the_container_named()
    {
        var error = Assert.Throws<ArgumentException>(() => Container(c => c.Image(" ")));

        Assert.Contains("Container 'c'", error.Message, StringComparison.Ordinal);
    }
}
