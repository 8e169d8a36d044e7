using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsKit.Docker.Metadata;
using DockerLabels = EcsKit.Docker.Engine.Labels;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>
/// The endpoint as containers see it: a server on the gateway of a bridge network, read with busybox wget from a
/// container on that network (bridge mode) and from one that joined a pause container (awsvpc mode).
/// </summary>
[Collection(DockerTests.Name)]
public sealed class MetadataEndpointDockerTests(DockerFixture docker) : IAsyncLifetime
{
    private const string App = "ecskit-tests-metadata";
    private const string EndMarker = "@@end";

    /// <summary>Prints each answer after a marker line, then stays up so that the test can inspect it running.</summary>
    private const string ReadEndpointScript = """
        set -e
        echo @@container; wget -qO- "$ECS_CONTAINER_METADATA_URI_V4"; echo
        echo @@task; wget -qO- "$ECS_CONTAINER_METADATA_URI_V4/task"; echo
        echo @@stats; wget -qO- "$ECS_CONTAINER_METADATA_URI_V4/stats"; echo
        echo @@end; exec sleep 300
        """;

    private readonly List<string> _containers = [];
    private readonly string _networkName = $"{App}-{Guid.NewGuid().ToString("N")[..8]}";
    private string? _networkId;
    private NetworkResponse? _network;

    private IDockerClient Client => docker.Engine.Client;

    private IPAddress Gateway => IPAddress.Parse(_network!.IPAM.Config[0].Gateway);

    public async Task InitializeAsync()
    {
        var created = await Client.Networks.CreateNetworkAsync(new NetworksCreateParameters
        {
            Name = _networkName,
            Driver = "bridge",
            Labels = new Dictionary<string, string> { [DockerLabels.App] = App, [DockerLabels.Role] = DockerLabels.Roles.Network },
        });
        _networkId = created.ID;
        _network = await Client.Networks.InspectNetworkAsync(created.ID);
    }

    public async Task DisposeAsync()
    {
        // Everything this test made goes, whatever the test did: one failing removal does not keep the others.
        foreach (var id in _containers)
        {
            await IgnoreFailure(() => Client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true }));
        }
        if (_networkId is not null)
        {
            await IgnoreFailure(() => Client.Networks.DeleteNetworkAsync(_networkId));
        }
    }

    [Fact]
    public async Task A_bridge_container_reads_its_task_and_stats_from_the_gateway()
    {
        var directory = new FakeTaskDirectory();
        await using var server = MetadataServer.Start(Gateway, directory, Client);
        var token = MetadataServer.NewToken();
        var id = await CreateAsync(server, token, _networkName);
        var entry = Entry("bridge", id);
        directory.Issue(token, entry, "app");

        await Client.Containers.StartContainerAsync(id, new ContainerStartParameters());
        var answers = await AnswersAsync(id);
        var inspect = await Client.Containers.InspectContainerAsync(id);

        var task = Parse(answers["task"]);
        Assert.Equal(entry.Task.TaskArn, task.GetProperty("TaskARN").GetString());
        Assert.Equal("metadata-probe", task.GetProperty("Family").GetString());
        var container = Assert.Single(task.GetProperty("Containers").EnumerateArray());
        Assert.Equal(id, container.GetProperty("DockerId").GetString());
        Assert.Equal(inspect.Image, container.GetProperty("ImageID").GetString());
        Assert.Equal(inspect.Name.TrimStart('/'), container.GetProperty("DockerName").GetString());
        var network = Assert.Single(container.GetProperty("Networks").EnumerateArray());
        Assert.Equal("bridge", network.GetProperty("NetworkMode").GetString());
        Assert.Equal([inspect.NetworkSettings!.Networks![_networkName].IPAddress], network.GetProperty("IPv4Addresses").EnumerateArray().Select(a => a.GetString()));

        Assert.Equal(container.ToString(), Parse(answers["container"]).ToString());

        var stats = Parse(answers["stats"]);
        Assert.Equal(id, stats.GetProperty("id").GetString());
        Assert.True(stats.GetProperty("memory_stats").TryGetProperty("usage", out _), answers["stats"]);
        Assert.True(stats.GetProperty("precpu_stats").GetProperty("cpu_usage").GetProperty("total_usage").GetInt64() > 0, answers["stats"]);
    }

    [Fact]
    public async Task An_awsvpc_container_reports_the_pause_containers_interface()
    {
        var directory = new FakeTaskDirectory();
        await using var server = MetadataServer.Start(Gateway, directory, Client);
        var pause = await CreateAsync(new CreateContainerParameters
        {
            Image = DockerFixture.Busybox,
            Cmd = ["sleep", "300"],
            Labels = new Dictionary<string, string> { [DockerLabels.App] = App, [DockerLabels.Role] = DockerLabels.Roles.Pause },
            HostConfig = new HostConfig { NetworkMode = _networkName },
        });
        await Client.Containers.StartContainerAsync(pause, new ContainerStartParameters());
        var token = MetadataServer.NewToken();
        var id = await CreateAsync(server, token, $"container:{pause}");
        directory.Issue(token, Entry("awsvpc", id), "app");

        await Client.Containers.StartContainerAsync(id, new ContainerStartParameters());
        var answers = await AnswersAsync(id);
        var pauseEndpoint = (await Client.Containers.InspectContainerAsync(pause)).NetworkSettings!.Networks![_networkName];

        var network = Assert.Single(Parse(answers["container"]).GetProperty("Networks").EnumerateArray());
        Assert.Equal("awsvpc", network.GetProperty("NetworkMode").GetString());
        Assert.Equal([pauseEndpoint.IPAddress], network.GetProperty("IPv4Addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(pauseEndpoint.MacAddress, network.GetProperty("MACAddress").GetString());
        Assert.Equal(_network!.IPAM.Config[0].Subnet, network.GetProperty("IPv4SubnetCIDRBlock").GetString());
        Assert.Equal($"{Gateway}/{pauseEndpoint.IPPrefixLen}", network.GetProperty("SubnetGatewayIpv4Address").GetString());
    }

    [Fact]
    public async Task On_the_gateway_the_server_is_not_reachable_on_loopback()
    {
        await using var server = MetadataServer.Start(Gateway, new FakeTaskDirectory(), Client);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        Assert.Equal(Gateway, server.Address);
        Assert.Contains("\"Cluster\":\"default\"", await http.GetStringAsync(new Uri("v1/metadata", UriKind.Relative)), StringComparison.Ordinal);
        using var loopback = new TcpClient();
        var error = await Assert.ThrowsAsync<SocketException>(() => loopback.ConnectAsync(IPAddress.Loopback, server.Port));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    private static TaskEntry Entry(string networkMode, string containerId)
    {
        var taskId = Guid.NewGuid().ToString("N");
        var task = new LocalTask
        {
            TaskArn = $"arn:aws:ecs:local:000000000000:task/default/{taskId}",
            TaskId = taskId,
            App = App,
            Cluster = "default",
            Family = "metadata-probe",
            Revision = 1,
            LaunchType = networkMode == "awsvpc" ? "FARGATE" : "EC2",
            NetworkMode = networkMode,
            LastStatus = LocalStatus.Running,
            DesiredStatus = LocalStatus.Running,
            CreatedAt = DateTimeOffset.UtcNow,
            Containers = [new LocalContainer { Name = "app", Image = DockerFixture.Busybox, Essential = true, RuntimeId = containerId, LastStatus = LocalStatus.Running }],
        };
        var definition = new TaskDefinition
        {
            Family = "metadata-probe",
            ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = DockerFixture.Busybox }],
        };
        return new TaskEntry(task, definition);
    }

    private Task<string> CreateAsync(MetadataServer server, string token, string networkMode) => CreateAsync(new CreateContainerParameters
    {
        Image = DockerFixture.Busybox,
        Cmd = ["sh", "-c", ReadEndpointScript],
        Env = [.. server.EnvironmentFor(token).Select(v => $"{v.Key}={v.Value}")],
        Labels = new Dictionary<string, string> { [DockerLabels.App] = App, [DockerLabels.Role] = DockerLabels.Roles.Container },
        HostConfig = new HostConfig { NetworkMode = networkMode },
    });

    private async Task<string> CreateAsync(CreateContainerParameters parameters)
    {
        var created = await Client.Containers.CreateContainerAsync(parameters);
        _containers.Add(created.ID);
        return created.ID;
    }

    /// <summary>The answers the container printed, by marker, once it printed them all.</summary>
    private async Task<Dictionary<string, string>> AnswersAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var logs = await Client.Containers.GetContainerLogsAsync(id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true });
            var (stdout, stderr) = await logs.ReadOutputToEndAsync(CancellationToken.None);
            if (stdout.Contains(EndMarker, StringComparison.Ordinal))
            {
                return Sections(stdout);
            }
            var state = (await Client.Containers.InspectContainerAsync(id)).State!;
            if (!state.Running || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"the container did not read the endpoint (running: {state.Running}, exit {state.ExitCode}):\n{stdout}\n{stderr}");
            }
            await Task.Delay(200);
        }
    }

    private static Dictionary<string, string> Sections(string output)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                current = line[2..].Trim();
                sections[current] = "";
            }
            else if (current is not null)
            {
                sections[current] += line;
            }
        }
        return sections;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static async Task IgnoreFailure(Func<Task> cleanup)
    {
        try
        {
            await cleanup();
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException or IOException)
        {
            // Already gone, or the engine went away: nothing left to clean up here.
        }
    }
}
