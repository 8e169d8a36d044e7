using System.Text.Json;

namespace EcsKit.Docker.Tests.Local;

[Collection(DockerTests.Name)]
public sealed class MetadataAndSecretsTests
{
    private const string Busybox = DockerFixture.Busybox;

    [Fact]
    public async Task A_container_reads_its_own_task_from_the_metadata_endpoint()
    {
        var output = Directory.CreateTempSubdirectory("ecskit-metadata-");
        try
        {
            await using var test = await LocalTestApp.CreateAsync("metadata");
            test.App.TaskDefinition("reader", td => td
                .Fargate(cpu: 256, memoryMiB: 512)
                .HostVolume("out", output.FullName)
                .Container("reader", c => c.Image(Busybox).Mount("out", "/out")
                    .Command("sh", "-c", "wget -qO /out/task.json $ECS_CONTAINER_METADATA_URI_V4/task && wget -qO /out/container.json $ECS_CONTAINER_METADATA_URI_V4")));
            await using var local = await test.UpAsync();

            var task = await local.RunTaskAsync("reader");

            Assert.Equal(0, task.Container("reader").ExitCode);
            using var taskJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "task.json")));
            Assert.Equal(task.TaskArn, taskJson.RootElement.GetProperty("TaskARN").GetString());
            Assert.Equal("reader", taskJson.RootElement.GetProperty("Family").GetString());
            Assert.Equal("1", taskJson.RootElement.GetProperty("Revision").GetString());
            Assert.Equal("FARGATE", taskJson.RootElement.GetProperty("LaunchType").GetString());
            var container = Assert.Single(taskJson.RootElement.GetProperty("Containers").EnumerateArray());
            Assert.Equal(task.Container("reader").RuntimeId, container.GetProperty("DockerId").GetString());
            using var self = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.FullName, "container.json")));
            Assert.Equal("reader", self.RootElement.GetProperty("Name").GetString());
            Assert.NotEmpty(self.RootElement.GetProperty("Networks")[0].GetProperty("IPv4Addresses")[0].GetString()!);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Secrets_reach_the_container_and_no_output()
    {
        const string Value = "s3cr3t-9f8e7d";
        await using var test = await LocalTestApp.CreateAsync("secrets", o => o with
        {
            Secrets = request => request.Name == "DB_PASSWORD" ? Value : null,
        });
        test.App.TaskDefinition("app", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .Container("app", c => c.Image(Busybox)
                .Secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
                .Command("sh", "-c", $"test \"$DB_PASSWORD\" = {Value}")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("app");

        Assert.Equal(0, task.Container("app").ExitCode);
        Assert.DoesNotContain(Value, local.DescribeTasksJson());
        Assert.DoesNotContain(test.Info, line => line.Contains(Value, StringComparison.Ordinal));
        Assert.DoesNotContain(Value, task.ToString());
    }

    [Fact]
    public async Task A_secret_without_a_local_value_fails_the_task_saying_how_to_give_one()
    {
        await using var test = await LocalTestApp.CreateAsync("nosecret", o => o with { Secrets = _ => null });
        test.App.TaskDefinition("app", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .Container("app", c => c.Image(Busybox).Secret("API_KEY", "arn:aws:ssm:eu-west-1:123456789012:parameter/api-key").Command("true")));
        await using var local = await test.UpAsync();

        var task = await local.RunTaskAsync("app");

        Assert.Equal(LocalStatus.TaskFailedToStart, task.StopCode);
        Assert.StartsWith("ResourceInitializationError: unable to pull secrets or registry auth", task.StoppedReason);
        Assert.Contains("ECSKIT_SECRET_API_KEY", task.StoppedReason);
        Assert.Null(task.Container("app").RuntimeId);
    }

    [Fact]
    public async Task Tasks_as_DescribeTasks_JSON_use_only_members_of_the_ECS_model()
    {
        await using var test = await LocalTestApp.CreateAsync("describe");
        test.App.TaskDefinition("job", td => td
            .Ec2()
            .Container("job", c => c.Image(Busybox).Memory(32).Port(80).Command("true")));
        await using var local = await test.UpAsync();
        await local.RunTaskAsync("job");

        using var json = JsonDocument.Parse(local.DescribeTasksJson());

        var model = EcsModelShapes.Load();
        var task = Assert.Single(json.RootElement.GetProperty("tasks").EnumerateArray());
        EcsModelShapes.AssertConforms(model, "Task", task);
        Assert.Equal("STOPPED", task.GetProperty("lastStatus").GetString());
        Assert.Equal(0, task.GetProperty("containers")[0].GetProperty("exitCode").GetInt32());
        Assert.Equal(JsonValueKind.Number, task.GetProperty("createdAt").ValueKind);
    }
}
