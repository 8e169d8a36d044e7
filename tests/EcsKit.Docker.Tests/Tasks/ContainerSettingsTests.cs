using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tests.Tasks;

/// <summary>What a container definition sets is what the engine runs: checked by inspecting the created container.</summary>
[Collection(DockerTests.Name)]
public sealed class ContainerSettingsTests(DockerFixture docker)
{
    private const string Busybox = DockerFixture.Busybox;

    [Fact]
    public async Task Container_definition_settings_reach_the_engine()
    {
        var envArn = $"arn:aws:s3:::ecskit-tests/settings-{Guid.NewGuid():N}.env";
        var envFile = LocalEnvironmentFiles.PathOf(envArn);
        Directory.CreateDirectory(Path.GetDirectoryName(envFile)!);
        await File.WriteAllTextAsync(envFile, "# comment\nFROM_FILE=yes\nOVERRIDDEN=file\n");
        try
        {
            await using var test = await LocalTestApp.CreateAsync("settings");
            test.App.TaskDefinition("settings", td => td
                .Ec2()
                .DockerVolume("cache", Scope.Task)
                .DockerVolume("shared", Scope.Shared, autoprovision: true)
                .EfsVolume("files", "fs-12345678")
                .Container("main", c => c.Image(Busybox).Memory(64).MemoryReservation(32).Cpu(128)
                    .User("nobody").WorkingDirectory("/tmp").ReadonlyRootFilesystem()
                    .Environment("OVERRIDDEN", "definition").EnvironmentFile(envArn)
                    .Ulimit(UlimitName.Nofile, 1024, 2048)
                    .AddCapabilities("NET_ADMIN").InitProcessEnabled().SharedMemorySize(16).Tmpfs("/scratch", 8, "noexec")
                    .DockerLabel("team", "payments").ExtraHost("db.internal", "10.0.0.5").DnsServers("1.1.1.1").Hostname("main-host")
                    .StopTimeout(TimeSpan.FromSeconds(3))
                    .Mount("cache", "/cache").Mount("shared", "/shared").Mount("files", "/files", readOnly: true)
                    .Command("sleep", "3600"))
                .Container("reader", c => c.Image(Busybox).Memory(16).Essential(false).InitProcessEnabled()
                    .VolumesFrom("main", readOnly: true).Command("sleep", "3600")));
            await using var local = await test.UpAsync();
            var started = new TaskCompletionSource<LocalTask>(TaskCreationOptions.RunContinuationsAsynchronously);
            local.TaskChanged += t =>
            {
                if (t.LastStatus == LocalStatus.Running)
                {
                    started.TrySetResult(t);
                }
            };
            var run = local.RunTaskAsync("settings");
            var task = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var inspect = await docker.Engine.Client.Containers.InspectContainerAsync(task.Container("main").RuntimeId!);
            var host = inspect.HostConfig!;
            var config = inspect.Config!;
            Assert.Equal(64L * 1024 * 1024, host.Memory);
            Assert.Equal(32L * 1024 * 1024, host.MemoryReservation);
            Assert.Equal(128, host.CPUShares);
            Assert.Equal("nobody", config.User);
            Assert.Equal("/tmp", config.WorkingDir);
            Assert.True(host.ReadonlyRootfs);
            Assert.Contains("NET_ADMIN", host.CapAdd);
            Assert.True(host.Init);
            Assert.Equal(16L * 1024 * 1024, host.ShmSize);
            Assert.Equal("size=8m,noexec", host.Tmpfs!["/scratch"]);
            var nofile = Assert.Single(host.Ulimits);
            Assert.Equal(("nofile", 1024L, 2048L), (nofile.Name, nofile.Soft, nofile.Hard));
            Assert.Contains("db.internal:10.0.0.5", host.ExtraHosts);
            Assert.Contains("1.1.1.1", host.DNS);
            Assert.Equal("main-host", config.Hostname);
            Assert.Equal("payments", config.Labels!["team"]);
            Assert.Equal(test.App.Name, config.Labels[Labels.App]);
            Assert.Equal(task.TaskArn, config.Labels["com.amazonaws.ecs.task-arn"]);
            Assert.Equal("json-file", host.LogConfig.Type);
            Assert.Contains("FROM_FILE=yes", config.Env);
            // The definition's own environment wins over its environment files, as on ECS.
            Assert.Equal("definition", config.Env.Last(e => e.StartsWith("OVERRIDDEN=", StringComparison.Ordinal))["OVERRIDDEN=".Length..]);
            Assert.Contains(config.Env, e => e.StartsWith("ECS_CONTAINER_METADATA_URI_V4=http://", StringComparison.Ordinal));
            Assert.Contains("AWS_EXECUTION_ENV=AWS_ECS_EC2", config.Env);
            var mounts = inspect.Mounts!.ToDictionary(m => m.Destination);
            Assert.Equal($"{test.App.Name}-shared", mounts["/shared"].Name);
            Assert.StartsWith($"{test.App.Name}-{task.TaskId[..8]}-cache", mounts["/cache"].Name);
            Assert.False(mounts["/files"].RW);
            Assert.Contains(test.Info, line => line.Contains("EFS fs-12345678 is emulated by the local Docker volume", StringComparison.Ordinal));

            var reader = await docker.Engine.Client.Containers.InspectContainerAsync(task.Container("reader").RuntimeId!);
            Assert.Contains(reader.HostConfig!.VolumesFrom!, v => v.EndsWith(":ro", StringComparison.Ordinal));

            await local.DownAsync();
            var stopped = await run;
            Assert.Equal(LocalStatus.UserInitiated, stopped.StopCode);
            // The task volume goes with the task; the shared one stays until `down`, which has run.
            var volumes = await docker.Engine.Client.Volumes.ListAsync(new global::Docker.DotNet.Models.VolumesListParameters { Filters = Labels.OfApp(test.App.Name) });
            Assert.Empty(volumes.Volumes ?? []);
        }
        finally
        {
            File.Delete(envFile);
        }
    }

    [Fact]
    public async Task A_restart_policy_restarts_the_container_in_place_instead_of_stopping_the_task()
    {
        // ECS's smallest restartAttemptPeriod is 60 s (ECS0063); the test turns the rule off to use 1 s.
        await using var test = await LocalTestApp.CreateAsync("restart", o => o with { Validation = new EcsValidationOptions().Suppress("ECS0063") });
        test.App.TaskDefinition("flaky", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image(Busybox).RestartPolicy(attemptPeriod: TimeSpan.FromSeconds(1)).Command("sh", "-c", "sleep 1.5; exit 5")));
        await using var local = await test.UpAsync();
        var restarted = new TaskCompletionSource<LocalTask>(TaskCreationOptions.RunContinuationsAsynchronously);
        local.TaskChanged += t =>
        {
            if (t.Containers[0].RestartCount >= 2)
            {
                restarted.TrySetResult(t);
            }
        };
        using var cancel = new CancellationTokenSource();
        var run = local.RunTaskAsync("flaky", cancellationToken: cancel.Token);

        var task = await restarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(LocalStatus.Running, task.LastStatus);
        Assert.Null(task.StopCode);
        await cancel.CancelAsync();
        Assert.Equal(LocalStatus.UserInitiated, (await run).StopCode);
    }
}
