namespace EcsKit.Tests.Fluent;

public class ServiceAndClusterBuilderTests
{
    [Fact]
    public void Service_shortcuts_fill_the_create_service_members()
    {
        var app = new EcsApp("t");
        var web = app.TaskDefinition("web", td => td.Fargate(256, 512).Container("app", c => c.Image("a").Port(80)));
        app.Cluster("main").Service("web", s => s
            .TaskDefinition(web)
            .DesiredCount(3)
            .Fargate("1.4.0")
            .Subnets("subnet-1").Subnets("subnet-2")
            .SecurityGroups("sg-1")
            .AssignPublicIp()
            .LoadBalancer("arn:tg", "app", 80)
            .HealthCheckGracePeriod(TimeSpan.FromSeconds(60))
            .RollingUpdate(50, 200)
            .CircuitBreaker()
            .DeploymentAlarms(["high-5xx"])
            .EnableExecuteCommand()
            .ManagedTags(PropagateTags.TaskDefinition)
            .Tag("env", "prod"));

        var service = Assert.Single(app.Services);
        Assert.Equal(("main", "web", 3), (service.Cluster, service.TaskDefinition, service.DesiredCount));
        Assert.Equal((LaunchType.Fargate, "1.4.0"), (service.LaunchType, service.PlatformVersion));
        var vpc = service.NetworkConfiguration!.AwsvpcConfiguration!;
        Assert.Equal(["subnet-1", "subnet-2"], vpc.Subnets);
        Assert.Equal(AssignPublicIp.Enabled, vpc.AssignPublicIp);
        var deployment = service.DeploymentConfiguration!;
        Assert.Equal((50, 200), (deployment.MinimumHealthyPercent, deployment.MaximumPercent));
        Assert.True(deployment.DeploymentCircuitBreaker!.Rollback);
        Assert.Equal(["high-5xx"], deployment.Alarms!.AlarmNames);
        Assert.Equal(60, service.HealthCheckGracePeriodSeconds);
        Assert.Same(web, app.TaskDefinitionOf(service));
    }

    [Theory]
    [InlineData("web")]
    [InlineData("web:7")]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7")]
    public void The_task_definition_of_a_service_is_found_by_family_revision_or_arn(string reference)
    {
        var app = new EcsApp("t");
        var web = app.TaskDefinition("web", td => td.Container("app", c => c.Image("a")));
        app.Cluster("main").Service("web", s => s.TaskDefinition(reference));

        Assert.Same(web, app.TaskDefinitionOf(app.Services[0]));
    }

    [Fact]
    public void Two_services_of_one_name_in_a_cluster_are_refused_but_other_clusters_may_reuse_it()
    {
        var app = new EcsApp("t");
        app.Cluster("a").Service("web", _ => { });
        app.Cluster("b").Service("web", _ => { });

        var error = Assert.Throws<InvalidOperationException>(() => app.Cluster("a").Service("web", _ => { }));

        Assert.Contains("Cluster 'a' already has a service 'web'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, app.Services.Count);
    }

    [Fact]
    public void Two_task_definitions_of_one_family_are_refused()
    {
        var app = new EcsApp("t");
        app.TaskDefinition("web", _ => { });

        var error = Assert.Throws<InvalidOperationException>(() => app.TaskDefinition("web", _ => { }));

        Assert.Contains("already has a task definition 'web'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_is_declared_once_and_configured_on_every_use()
    {
        var app = new EcsApp("t");
        app.Cluster("main", c => c.ContainerInsights().CapacityProviders("FARGATE"));
        app.Cluster("main", c => c.CapacityProviders("FARGATE", "FARGATE_SPOT").DefaultCapacityProvider("FARGATE_SPOT", weight: 3));

        var cluster = Assert.Single(app.Clusters);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders);
        Assert.Equal("enabled", cluster.Settings![0].Value);
        Assert.Equal(3, cluster.DefaultCapacityProviderStrategy![0].Weight);
    }

    [Fact]
    public void A_negative_desired_count_is_refused_with_the_service_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EcsApp("t").Cluster("c").Service("web", s => s.DesiredCount(-1)));

        Assert.Contains("Service 'web'", error.Message, StringComparison.Ordinal);
    }
}
