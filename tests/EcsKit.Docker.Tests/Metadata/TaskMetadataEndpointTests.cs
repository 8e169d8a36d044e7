using System.Net;
using System.Text.Json;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>The v4 and v3 paths against a hand-made task: member names, omitted values, timestamps, status codes.</summary>
public sealed class TaskMetadataEndpointTests
{
    private static readonly string[] V4ContainerMembers =
    [
        "DockerId", "Name", "DockerName", "Image", "ImageID", "Ports", "Labels", "DesiredStatus", "KnownStatus", "Limits",
        "CreatedAt", "StartedAt", "Type", "LogDriver", "LogOptions", "Health", "Volumes", "Networks", "RestartCount",
    ];

    [Fact]
    public async Task V4_container_has_the_agent_members_and_nothing_null()
    {
        await using var client = new MetadataClient();
        var web = await client.GetOkAsync($"/v4/{SampleTask.WebToken}");

        JsonAssert.Members(web, V4ContainerMembers);
        JsonAssert.NoNulls(web);
        Assert.Equal(SampleTask.WebId, web.GetProperty("DockerId").GetString());
        Assert.Equal("web", web.GetProperty("Name").GetString());
        Assert.Equal("ecskit-shop-web-1", web.GetProperty("DockerName").GetString());
        Assert.Equal("shop/web:1", web.GetProperty("Image").GetString());
        Assert.Equal("sha256:web", web.GetProperty("ImageID").GetString());
        Assert.Equal("RUNNING", web.GetProperty("DesiredStatus").GetString());
        Assert.Equal("RUNNING", web.GetProperty("KnownStatus").GetString());
        Assert.Equal("NORMAL", web.GetProperty("Type").GetString());
        Assert.Equal(1, web.GetProperty("RestartCount").GetInt32());
        JsonAssert.Timestamp(SampleTask.Created.AddSeconds(1.5), web.GetProperty("CreatedAt"));
        Assert.Equal("2025-11-25T10:00:01.5Z", web.GetProperty("CreatedAt").GetString());
        Assert.Equal("2025-11-25T10:00:02Z", web.GetProperty("StartedAt").GetString());
    }

    [Fact]
    public async Task V4_container_limits_labels_ports_log_and_health()
    {
        await using var client = new MetadataClient();
        var web = await client.GetOkAsync($"/v4/{SampleTask.WebToken}");

        var limits = web.GetProperty("Limits");
        JsonAssert.Members(limits, "CPU", "Memory");
        Assert.Equal(128.0, limits.GetProperty("CPU").GetDouble());
        Assert.Equal(256, limits.GetProperty("Memory").GetInt32());

        var labels = web.GetProperty("Labels");
        JsonAssert.Members(labels, "team", "com.amazonaws.ecs.cluster", "com.amazonaws.ecs.container-name", "com.amazonaws.ecs.task-arn",
            "com.amazonaws.ecs.task-definition-family", "com.amazonaws.ecs.task-definition-version");
        Assert.Equal("default", labels.GetProperty("com.amazonaws.ecs.cluster").GetString());
        Assert.Equal("web", labels.GetProperty("com.amazonaws.ecs.container-name").GetString());
        Assert.Equal(SampleTask.TaskArn, labels.GetProperty("com.amazonaws.ecs.task-arn").GetString());
        Assert.Equal("shop", labels.GetProperty("com.amazonaws.ecs.task-definition-family").GetString());
        Assert.Equal("3", labels.GetProperty("com.amazonaws.ecs.task-definition-version").GetString());

        // awsvpc: the task's interface has the port itself, whatever the local target publishes on the host.
        var port = Assert.Single(web.GetProperty("Ports").EnumerateArray());
        JsonAssert.Members(port, "ContainerPort", "Protocol", "HostPort");
        Assert.Equal(8080, port.GetProperty("ContainerPort").GetInt32());
        Assert.Equal("tcp", port.GetProperty("Protocol").GetString());
        Assert.Equal(8080, port.GetProperty("HostPort").GetInt32());

        Assert.Equal("awslogs", web.GetProperty("LogDriver").GetString());
        JsonAssert.Members(web.GetProperty("LogOptions"), "awslogs-group", "awslogs-region");

        var health = web.GetProperty("Health");
        JsonAssert.Members(health, "status", "statusSince");
        Assert.Equal("HEALTHY", health.GetProperty("status").GetString());
        JsonAssert.Timestamp(SampleTask.Created.AddSeconds(3), health.GetProperty("statusSince"));

        var volume = Assert.Single(web.GetProperty("Volumes").EnumerateArray());
        JsonAssert.Members(volume, "DockerName", "Source", "Destination");
        Assert.Equal("/data", volume.GetProperty("Destination").GetString());
    }

    [Fact]
    public async Task V4_awsvpc_network_has_the_interface_details()
    {
        await using var client = new MetadataClient();
        var web = await client.GetOkAsync($"/v4/{SampleTask.WebToken}");

        var network = Assert.Single(web.GetProperty("Networks").EnumerateArray());
        JsonAssert.Members(network, "NetworkMode", "IPv4Addresses", "AttachmentIndex", "MACAddress", "IPv4SubnetCIDRBlock", "SubnetGatewayIpv4Address");
        Assert.Equal("awsvpc", network.GetProperty("NetworkMode").GetString());
        Assert.Equal(["172.18.0.5"], network.GetProperty("IPv4Addresses").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(0, network.GetProperty("AttachmentIndex").GetInt32());
        Assert.Equal("02:42:ac:12:00:05", network.GetProperty("MACAddress").GetString());
        Assert.Equal("172.18.0.0/16", network.GetProperty("IPv4SubnetCIDRBlock").GetString());
        Assert.Equal("172.18.0.1/16", network.GetProperty("SubnetGatewayIpv4Address").GetString());
    }

    [Fact]
    public async Task Stopped_container_has_its_exit_and_omits_what_it_lacks()
    {
        await using var client = new MetadataClient();
        var worker = await client.GetOkAsync($"/v4/{SampleTask.WorkerToken}");

        JsonAssert.NoNulls(worker);
        // No health check, no log configuration, no restart policy, no memory limit, no port: those members are absent.
        JsonAssert.Members(worker, "DockerId", "Name", "DockerName", "Image", "ImageID", "Labels", "DesiredStatus", "KnownStatus",
            "ExitCode", "Limits", "CreatedAt", "StartedAt", "FinishedAt", "Type", "Networks");
        Assert.Equal(3, worker.GetProperty("ExitCode").GetInt32());
        Assert.Equal("STOPPED", worker.GetProperty("KnownStatus").GetString());
        Assert.Equal("STOPPED", worker.GetProperty("DesiredStatus").GetString());
        JsonAssert.Members(worker.GetProperty("Limits"), "CPU");
        Assert.Equal(0.0, worker.GetProperty("Limits").GetProperty("CPU").GetDouble());
        // Docker gave no image id: the runner's one stands.
        Assert.Equal("sha256:worker-from-state", worker.GetProperty("ImageID").GetString());
        JsonAssert.Timestamp(SampleTask.Created.AddSeconds(5), worker.GetProperty("FinishedAt"));
    }

    [Fact]
    public async Task V4_task_has_the_task_members_and_both_containers()
    {
        await using var client = new MetadataClient();
        var task = await client.GetOkAsync($"/v4/{SampleTask.WorkerToken}/task");

        JsonAssert.NoNulls(task);
        JsonAssert.Members(task, "Cluster", "TaskARN", "Family", "Revision", "DesiredStatus", "KnownStatus", "Limits", "PullStartedAt",
            "PullStoppedAt", "LaunchType", "Containers", "ServiceName", "FaultInjectionEnabled");
        Assert.Equal("default", task.GetProperty("Cluster").GetString());
        Assert.Equal(SampleTask.TaskArn, task.GetProperty("TaskARN").GetString());
        Assert.Equal("shop", task.GetProperty("Family").GetString());
        Assert.Equal(JsonValueKind.String, task.GetProperty("Revision").ValueKind);
        Assert.Equal("3", task.GetProperty("Revision").GetString());
        Assert.Equal("RUNNING", task.GetProperty("KnownStatus").GetString());
        Assert.Equal("FARGATE", task.GetProperty("LaunchType").GetString());
        Assert.Equal("shop-web", task.GetProperty("ServiceName").GetString());
        Assert.False(task.GetProperty("FaultInjectionEnabled").GetBoolean());
        Assert.Equal("2025-11-25T10:00:00.1234567Z", task.GetProperty("PullStartedAt").GetString());

        var limits = task.GetProperty("Limits");
        JsonAssert.Members(limits, "CPU", "Memory");
        Assert.Equal(0.25, limits.GetProperty("CPU").GetDouble());
        Assert.Equal(512, limits.GetProperty("Memory").GetInt32());

        var containers = task.GetProperty("Containers").EnumerateArray().ToList();
        Assert.Equal(["web", "worker"], containers.Select(c => c.GetProperty("Name").GetString()));
        Assert.Equal([SampleTask.WebId, SampleTask.WorkerId], containers.Select(c => c.GetProperty("DockerId").GetString()));
        JsonAssert.Members(containers[0], V4ContainerMembers);
    }

    [Fact]
    public async Task Task_with_tags_adds_the_task_tags_only_there()
    {
        await using var client = new MetadataClient();
        var plain = await client.GetOkAsync($"/v4/{SampleTask.WebToken}/task");
        var tagged = await client.GetOkAsync($"/v4/{SampleTask.WebToken}/taskWithTags");

        Assert.False(plain.TryGetProperty("TaskTags", out _));
        JsonAssert.Members(tagged.GetProperty("TaskTags"), "env");
        Assert.Equal("test", tagged.GetProperty("TaskTags").GetProperty("env").GetString());
        Assert.False(tagged.TryGetProperty("ContainerInstanceTags", out _));
    }

    [Fact]
    public async Task V3_leaves_out_what_v4_added()
    {
        await using var client = new MetadataClient();
        var web = await client.GetOkAsync($"/v3/{SampleTask.WebToken}");
        var task = await client.GetOkAsync($"/v3/{SampleTask.WebToken}/task");

        JsonAssert.NoNulls(web);
        JsonAssert.Members(web, "DockerId", "Name", "DockerName", "Image", "ImageID", "Ports", "Labels", "DesiredStatus", "KnownStatus", "Limits",
            "CreatedAt", "StartedAt", "Type", "Health", "Volumes", "Networks");
        JsonAssert.Members(Assert.Single(web.GetProperty("Networks").EnumerateArray()), "NetworkMode", "IPv4Addresses");
        JsonAssert.Members(task, "Cluster", "TaskARN", "Family", "Revision", "DesiredStatus", "KnownStatus", "Limits", "PullStartedAt",
            "PullStoppedAt", "Containers");
    }

    [Fact]
    public async Task Container_not_created_yet_has_no_docker_members()
    {
        var directory = new FakeTaskDirectory();
        var pending = SampleTask.Task with
        {
            LastStatus = LocalStatus.Pending,
            StartedAt = null,
            Containers = [new LocalContainer { Name = "web", Image = "shop/web:1", Essential = true, LastStatus = LocalStatus.Pending }],
        };
        directory.Issue(SampleTask.WebToken, new(pending, SampleTask.Definition), "web");
        await using var client = new MetadataClient(directory);

        var web = await client.GetOkAsync($"/v4/{SampleTask.WebToken}");
        var task = await client.GetOkAsync($"/v4/{SampleTask.WebToken}/task");

        JsonAssert.NoNulls(web);
        JsonAssert.Members(web, "Name", "Image", "Ports", "Labels", "DesiredStatus", "KnownStatus", "Limits", "Type", "LogDriver", "LogOptions",
            "Health", "RestartCount");
        Assert.Equal("NONE", web.GetProperty("KnownStatus").GetString());
        Assert.Equal("NONE", task.GetProperty("KnownStatus").GetString());
        Assert.Equal((int)HttpStatusCode.InternalServerError, (int)(await client.GetAsync($"/v4/{SampleTask.WebToken}/stats")).Status);
    }

    [Fact]
    public async Task Bridge_task_reports_host_bindings_and_plain_networks()
    {
        var directory = new FakeTaskDirectory();
        var bridge = SampleTask.Task with { NetworkMode = "bridge", LaunchType = "EC2" };
        directory.Issue(SampleTask.WebToken, new(bridge, SampleTask.Definition with { NetworkMode = NetworkMode.Bridge }), "web");
        await using var client = new MetadataClient(directory);

        var web = await client.GetOkAsync($"/v4/{SampleTask.WebToken}");

        var port = Assert.Single(web.GetProperty("Ports").EnumerateArray());
        JsonAssert.Members(port, "ContainerPort", "Protocol", "HostPort", "HostIp");
        Assert.Equal(49153, port.GetProperty("HostPort").GetInt32());
        Assert.Equal("0.0.0.0", port.GetProperty("HostIp").GetString());
        var network = Assert.Single(web.GetProperty("Networks").EnumerateArray());
        JsonAssert.Members(network, "NetworkMode", "IPv4Addresses");
        Assert.Equal("bridge", network.GetProperty("NetworkMode").GetString());
    }

    [Fact]
    public async Task Stats_are_dockers_json_and_task_stats_map_each_container()
    {
        await using var client = new MetadataClient();
        var stats = await client.GetOkAsync($"/v4/{SampleTask.WebToken}/stats");
        var taskStats = await client.GetOkAsync($"/v4/{SampleTask.WorkerToken}/task/stats");
        var v3TaskStats = await client.GetOkAsync($"/v3/{SampleTask.WorkerToken}/task/stats");

        Assert.Equal(5, stats.GetProperty("cpu_stats").GetProperty("cpu_usage").GetProperty("total_usage").GetInt32());
        JsonAssert.Members(taskStats, SampleTask.WebId, SampleTask.WorkerId);
        Assert.Equal(1, taskStats.GetProperty(SampleTask.WebId).GetProperty("memory_stats").GetProperty("usage").GetInt32());
        // Docker has no stats for the worker: the agent maps such a container to null.
        Assert.Equal(JsonValueKind.Null, taskStats.GetProperty(SampleTask.WorkerId).ValueKind);
        Assert.Equal(taskStats.ToString(), v3TaskStats.ToString());
    }

    [Fact]
    public async Task Stats_docker_cannot_give_are_a_500_with_a_json_string()
    {
        await using var client = new MetadataClient();
        var (status, json, _) = await client.GetAsync($"/v4/{SampleTask.WorkerToken}/stats");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal(JsonValueKind.String, json.ValueKind);
        Assert.Contains(SampleTask.WorkerId, json.GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v4/{0}", "V4 container metadata handler")]
    [InlineData("/v4/{0}/task", "V4 task metadata handler")]
    [InlineData("/v4/{0}/taskWithTags", "V4 task metadata handler")]
    [InlineData("/v4/{0}/stats", "V4 container stats handler")]
    [InlineData("/v4/{0}/task/stats", "V4 task stats handler")]
    [InlineData("/v3/{0}", "V3 container metadata handler")]
    [InlineData("/v3/{0}/task", "V3 task metadata handler")]
    public async Task Unknown_token_is_a_404_with_a_json_string(string path, string handler)
    {
        await using var client = new MetadataClient();
        var (status, json, response) = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "ffffffffffffffffffffffffffffffff"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{handler}: unable to find task for token ffffffffffffffffffffffffffffffff", json.GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/v4")]
    [InlineData("/v5/11111111111111111111111111111111")]
    [InlineData("/v4/11111111111111111111111111111111/nothing")]
    [InlineData("/v4/11111111111111111111111111111111/task/nothing")]
    public async Task Unknown_path_is_a_404_with_a_json_string(string path)
    {
        await using var client = new MetadataClient();
        var (status, json, _) = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(JsonValueKind.String, json.ValueKind);
    }

    [Fact]
    public async Task Container_path_inspects_only_that_container_and_task_paths_every_one()
    {
        var containers = SampleTask.Containers();
        await using var client = new MetadataClient(containers: containers);
        await client.GetOkAsync($"/v4/{SampleTask.WebToken}");
        await client.GetOkAsync($"/v4/{SampleTask.WebToken}/task");

        Assert.Equal([[SampleTask.WebId], [SampleTask.WebId, SampleTask.WorkerId]], containers.Inspections.Select(ids => ids.ToArray()));
    }

    [Fact]
    public async Task Each_request_sees_the_latest_task_state()
    {
        var directory = SampleTask.Directory();
        await using var client = new MetadataClient(directory);
        Assert.Equal("RUNNING", (await client.GetOkAsync($"/v4/{SampleTask.WebToken}/task")).GetProperty("DesiredStatus").GetString());

        directory.Put(SampleTask.Entry with { Task = SampleTask.Task with { DesiredStatus = LocalStatus.Stopped, LastStatus = LocalStatus.Stopping } });

        var task = await client.GetOkAsync($"/v4/{SampleTask.WebToken}/task");
        Assert.Equal("STOPPED", task.GetProperty("DesiredStatus").GetString());
        Assert.Equal("RUNNING", task.GetProperty("KnownStatus").GetString());
    }
}
