using System.Net;
using System.Text.Json;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>The agent introspection API: /v1/metadata and /v1/tasks with its query rules.</summary>
public sealed class IntrospectionApiTests
{
    [Fact]
    public async Task Metadata_names_the_cluster_an_instance_and_a_version()
    {
        await using var client = new MetadataClient();
        var metadata = await client.GetOkAsync("/v1/metadata");

        JsonAssert.Members(metadata, "Cluster", "ContainerInstanceArn", "Version");
        Assert.Equal("default", metadata.GetProperty("Cluster").GetString());
        Assert.Matches("^arn:aws:ecs:local:000000000000:container-instance/default/[0-9a-f]{32}$", metadata.GetProperty("ContainerInstanceArn").GetString());
        Assert.StartsWith("Amazon ECS Agent - v", metadata.GetProperty("Version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_lists_every_task_in_the_v1_shape()
    {
        var directory = SampleTask.Directory();
        var otherArn = SampleTask.TaskArn.Replace("0123", "9999", StringComparison.Ordinal);
        directory.Put(new(SampleTask.Task with { TaskArn = otherArn, Containers = [] }, SampleTask.Definition));
        await using var client = new MetadataClient(directory);

        var tasks = await client.GetOkAsync("/v1/tasks");

        JsonAssert.Members(tasks, "Tasks");
        JsonAssert.NoNulls(tasks);
        var list = tasks.GetProperty("Tasks").EnumerateArray().ToList();
        Assert.Equal([SampleTask.TaskArn, otherArn], list.Select(t => t.GetProperty("Arn").GetString()));
        var task = list[0];
        JsonAssert.Members(task, "Arn", "DesiredStatus", "KnownStatus", "Family", "Version", "Containers");
        Assert.Equal("3", task.GetProperty("Version").GetString());
        var web = task.GetProperty("Containers")[0];
        JsonAssert.Members(web, "DockerId", "DockerName", "Name", "Image", "ImageID", "Ports", "Networks", "Volumes");
        JsonAssert.Members(Assert.Single(web.GetProperty("Networks").EnumerateArray()), "NetworkMode", "IPv4Addresses");
    }

    [Theory]
    [InlineData("dockerid=" + SampleTask.WorkerId)]
    [InlineData("dockerid=bbbbbbbbbbbb")]
    [InlineData("taskarn=arn%3Aaws%3Aecs%3Alocal%3A000000000000%3Atask%2Fdefault%2F0123456789abcdef0123456789abcdef")]
    [InlineData("taskarn=" + SampleTask.TaskArn)]
    public async Task A_query_returns_the_one_task_object(string query)
    {
        await using var client = new MetadataClient();
        var task = await client.GetOkAsync($"/v1/tasks?{query}");

        Assert.Equal(SampleTask.TaskArn, task.GetProperty("Arn").GetString());
        Assert.False(task.TryGetProperty("Tasks", out _));
    }

    [Theory]
    [InlineData("dockerid=bbbbbbbbbbbb2")]
    [InlineData("dockerid=bbbbbbbbbbb")]
    [InlineData("dockerid=cccccccccccc")]
    [InlineData("taskarn=arn:aws:ecs:local:000000000000:task/default/nothing")]
    public async Task A_query_that_matches_nothing_is_a_404(string query)
    {
        await using var client = new MetadataClient();
        var (status, json, _) = await client.GetAsync($"/v1/tasks?{query}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(JsonValueKind.String, json.ValueKind);
    }

    [Theory]
    [InlineData("dockerid=bbbbbbbbbbbb&taskarn=" + SampleTask.TaskArn)]
    [InlineData("taskarn=x&dockerid=y")]
    [InlineData("dockerid=")]
    public async Task Both_parameters_or_an_empty_id_are_a_400(string query)
    {
        await using var client = new MetadataClient();
        var (status, json, _) = await client.GetAsync($"/v1/tasks?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(JsonValueKind.String, json.ValueKind);
    }

    [Fact]
    public async Task A_short_id_of_two_tasks_is_a_400()
    {
        var directory = SampleTask.Directory();
        var twin = SampleTask.Task with
        {
            TaskArn = SampleTask.TaskArn.Replace("0123", "9999", StringComparison.Ordinal),
            Containers = [SampleTask.Task.Containers[1] with { RuntimeId = "bbbbbbbbbbbb" + new string('9', 52) }],
        };
        directory.Put(new(twin, SampleTask.Definition));
        await using var client = new MetadataClient(directory);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/v1/tasks?dockerid=bbbbbbbbbbbb")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/tasks?dockerid={SampleTask.WorkerId}")).Status);
    }
}
