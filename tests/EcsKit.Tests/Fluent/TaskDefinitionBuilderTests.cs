namespace EcsKit.Tests.Fluent;

public class TaskDefinitionBuilderTests
{
    [Fact]
    public void Fargate_sets_compatibility_network_mode_and_the_task_size_as_strings()
    {
        var definition = new EcsApp("t").TaskDefinition("web", td => td.Fargate(cpu: 512, memoryMiB: 1024));

        Assert.Equal([Compatibility.Fargate], definition.RequiresCompatibilities);
        Assert.Equal(NetworkMode.Awsvpc, definition.NetworkMode);
        Assert.Equal("512", definition.Cpu);
        Assert.Equal("1024", definition.Memory);
    }

    [Fact]
    public void The_issue_example_produces_the_expected_ecs_json()
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80, name: "http")
                .HealthCheck("CMD-SHELL", "wget -qO- http://localhost/ || exit 1", interval: TimeSpan.FromSeconds(10))
                .Secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")
                .AwsLogs(group: "/ecs/web", region: "eu-west-1", streamPrefix: "web")));
        app.Cluster("shop").Service("web", s => s.TaskDefinition(web).DesiredCount(2).Subnets("subnet-1"));

        var json = EcsJson.Serialize(web);

        Assert.Equal("""
            {
              "family": "web",
              "networkMode": "awsvpc",
              "containerDefinitions": [
                {
                  "name": "app",
                  "image": "public.ecr.aws/nginx/nginx:1.27",
                  "portMappings": [
                    {
                      "containerPort": 80,
                      "name": "http"
                    }
                  ],
                  "secrets": [
                    {
                      "name": "DB_PASSWORD",
                      "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
                    }
                  ],
                  "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": {
                      "awslogs-group": "/ecs/web",
                      "awslogs-region": "eu-west-1",
                      "awslogs-stream-prefix": "web"
                    }
                  },
                  "healthCheck": {
                    "command": [
                      "CMD-SHELL",
                      "wget -qO- http://localhost/ || exit 1"
                    ],
                    "interval": 10
                  }
                }
              ],
              "requiresCompatibilities": [
                "FARGATE"
              ],
              "cpu": "512",
              "memory": "1024"
            }
            """, json);
        var service = Assert.Single(app.Services);
        Assert.Equal("shop", service.Cluster);
        Assert.Equal("web", service.TaskDefinition);
        Assert.Equal(["subnet-1"], service.NetworkConfiguration!.AwsvpcConfiguration!.Subnets);
    }

    [Fact]
    public void A_template_is_copied_and_a_container_of_the_same_name_is_changed_not_added()
    {
        var app = new EcsApp("t");
        var web = app.TaskDefinition("web", td => td
            .Fargate(256, 512)
            .Tag("version", "1")
            .Container("app", c => c.Image("shop/web:1.0").Port(8080))
            .Container("sidecar", c => c.Image("envoy")));

        var canary = app.TaskDefinition("web-canary", web, td => td.Container("app", c => c.Image("shop/web:2.0")));

        Assert.Equal("web-canary", canary.Family);
        Assert.Equal(["app", "sidecar"], canary.ContainerDefinitions.Select(c => c.Name));
        Assert.Equal("shop/web:2.0", canary.ContainerDefinitions[0].Image);
        Assert.Equal(8080, canary.ContainerDefinitions[0].PortMappings![0].ContainerPort);
        Assert.Null(canary.Tags);
        Assert.Equal("shop/web:1.0", web.ContainerDefinitions[0].Image);
    }

    [Fact]
    public void Removing_a_container_that_is_not_there_names_the_ones_that_are()
    {
        var app = new EcsApp("t");
        var web = app.TaskDefinition("web", td => td.Container("app", c => c.Image("a")));

        var error = Assert.Throws<InvalidOperationException>(() => app.TaskDefinition("web2", web, td => td.RemoveContainer("db")));

        Assert.Contains("'web2' has no container 'db'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'app'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Volumes_of_every_kind_are_written_as_ecs_takes_them()
    {
        var definition = new EcsApp("t").TaskDefinition("data", td => td
            .HostVolume("scratch")
            .HostVolume("logs", "/var/log/app")
            .DockerVolume("cache", scope: Scope.Shared, autoprovision: true, driver: "local")
            .EfsVolume("files", "fs-12345678", accessPointId: "fsap-1", useTaskRole: true)
            .Container("app", c => c.Image("a").Mount("files", "/data", readOnly: true).VolumesFrom("other")));

        var volumes = definition.Volumes!;
        Assert.Null(volumes[0].Host);
        Assert.Equal("/var/log/app", volumes[1].Host!.SourcePath);
        Assert.Equal(Scope.Shared, volumes[2].DockerVolumeConfiguration!.Scope);
        var efs = volumes[3].EfsVolumeConfiguration!;
        Assert.Equal(EFSTransitEncryption.Enabled, efs.TransitEncryption);
        Assert.Equal(EFSAuthorizationConfigIAM.Enabled, efs.AuthorizationConfig!.Iam);
        Assert.Equal("fsap-1", efs.AuthorizationConfig.AccessPointId);
        Assert.True(definition.ContainerDefinitions[0].MountPoints![0].ReadOnly);
        Assert.Equal("other", definition.ContainerDefinitions[0].VolumesFrom![0].SourceContainer);
    }

    [Fact]
    public void With_reaches_any_member_and_cannot_rename_the_family()
    {
        var app = new EcsApp("t");
        var definition = app.TaskDefinition("web", td => td.With(d => d with { PidMode = PidMode.Task }));
        Assert.Equal(PidMode.Task, definition.PidMode);

        var error = Assert.Throws<InvalidOperationException>(() => app.TaskDefinition("other", td => td.With(d => d with { Family = "x" })));
        Assert.Contains("cannot rename", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_size_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EcsApp("t").TaskDefinition("web", td => td.Fargate(0, 512)));

        Assert.Contains("Task definition 'web'", error.Message, StringComparison.Ordinal);
        Assert.Equal("cpu", error.ParamName);
    }
}
