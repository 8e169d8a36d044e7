using EcsKit.Rules;
using static EcsKit.Tests.Rules.PortsKit;

namespace EcsKit.Tests.Rules;

public class CrossServiceHostPortConflictTests
{
    private const string Id = "ECS0010";

    private static string HostPortPath(string family) => "taskDefinitions['" + family + "'].containerDefinitions[0].portMappings[0].hostPort";

    /// <summary>An EC2 task definition whose container 'app' maps containerPort 80 to <paramref name="hostPort"/>.</summary>
    private static void Ec2Task(EcsApp app, string family, int? hostPort = 80, NetworkMode mode = NetworkMode.Bridge, TransportProtocol? protocol = null) =>
        app.TaskDefinition(family, td => td.Ec2(mode).Container("app", c => c.Image("nginx:1.27").Memory(128).Port(80, hostPort, protocol)));

    /// <summary>One task, deployments that stop the old task first: no copies of the service meet on an instance.</summary>
    private static ServiceBuilder Single(ServiceBuilder s, string family) => s.TaskDefinition(family).DesiredCount(1).RollingUpdate(0, 100);

    private static EcsApp TwoServices(Action<ServiceBuilder> first, Action<ServiceBuilder> second, NetworkMode mode = NetworkMode.Bridge)
    {
        var app = new EcsApp("t");
        Ec2Task(app, "a", mode: mode);
        Ec2Task(app, "b", mode: mode);
        app.Cluster("main", c => c
            .Service("a", s => first(Single(s, "a")))
            .Service("b", s => second(Single(s, "b"))));
        return app;
    }

    [Fact]
    public void Two_bridge_services_with_static_80_in_one_cluster_warn()
    {
        var app = TwoServices(_ => { }, _ => { });

        var d = Assert.Single(Of(app, Id));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal(HostPortPath("b"), d.Path);
        Assert.Equal([HostPortPath("a")], d.AdditionalPaths);
        Assert.Contains("Services 'a' and 'b' of cluster 'main'", d.Message, StringComparison.Ordinal);
        Assert.Contains("static host port 80/tcp (bridge mode)", d.Message, StringComparison.Ordinal);
        Assert.Contains("dynamic host port", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_and_host_mode_services_on_one_port_warn()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "a");
        app.TaskDefinition("b", td => td.Ec2(NetworkMode.Host).Container("app", c => c.Image("nginx:1.27").Memory(128).Port(80)));
        app.Cluster("main", c => c.Service("a", s => Single(s, "a")).Service("b", s => Single(s, "b")));

        var d = Assert.Single(Of(app, Id));
        Assert.Equal("taskDefinitions['b'].containerDefinitions[0].portMappings[0].containerPort", d.Path);
        Assert.Contains("bridge and host mode", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_daemon_and_a_replica_service_with_the_same_port_are_an_error()
    {
        var app = TwoServices(s => s.Daemon(), _ => { });

        var d = Assert.Single(Of(app, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Contains("Daemon service 'a'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'b' can never be placed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_daemons_with_the_same_port_are_an_error()
    {
        var app = TwoServices(s => s.Daemon(), s => s.Daemon());

        var d = Assert.Single(Of(app, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Contains("Daemon services 'a' and 'b'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_daemon_pinned_elsewhere_is_only_a_warning()
    {
        var app = TwoServices(s => s.Daemon().PlacementConstraint(PlacementConstraintType.MemberOf, "attribute:role == edge"), _ => { });

        Assert.Equal(EcsSeverity.Warning, Assert.Single(Of(app, Id)).Severity);
    }

    [Fact]
    public void Services_pinned_to_the_same_instances_are_an_error_and_differently_pinned_ones_a_warning()
    {
        const string Edge = "attribute:role == edge";
        var same = TwoServices(
            s => s.PlacementConstraint(PlacementConstraintType.MemberOf, Edge),
            s => s.PlacementConstraint(PlacementConstraintType.MemberOf, Edge));
        var different = TwoServices(
            s => s.PlacementConstraint(PlacementConstraintType.MemberOf, Edge),
            s => s.PlacementConstraint(PlacementConstraintType.MemberOf, "attribute:role == core"));

        var d = Assert.Single(Of(same, Id));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Contains("pinned to the same container instances", d.Message, StringComparison.Ordinal);
        Assert.Equal(EcsSeverity.Warning, Assert.Single(Of(different, Id)).Severity);
    }

    [Fact]
    public void Awsvpc_and_Fargate_services_are_exempt()
    {
        var awsvpc = TwoServices(_ => { }, _ => { }, NetworkMode.Awsvpc);
        var fargate = new EcsApp("t");
        fargate.TaskDefinition("a", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
        fargate.TaskDefinition("b", td => td.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Port(80)));
        fargate.Cluster("main", c => c.Service("a", s => s.TaskDefinition("a").DesiredCount(3)).Service("b", s => s.TaskDefinition("b").DesiredCount(3)));

        Assert.Empty(Of(awsvpc, Id));
        Assert.Empty(Of(fargate, Id));
    }

    [Fact]
    public void Dynamic_ports_other_protocols_other_clusters_and_idle_services_are_fine()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "dynamic", hostPort: null);
        Ec2Task(app, "tcp");
        Ec2Task(app, "udp", protocol: TransportProtocol.Udp);
        Ec2Task(app, "elsewhere");
        Ec2Task(app, "idle");
        app.Cluster("main", c => c
            .Service("dynamic-1", s => s.TaskDefinition("dynamic").DesiredCount(4))
            .Service("dynamic-2", s => s.TaskDefinition("dynamic").DesiredCount(4))
            .Service("tcp", s => Single(s, "tcp"))
            .Service("udp", s => Single(s, "udp"))
            .Service("idle", s => s.TaskDefinition("idle").DesiredCount(0)));
        app.Cluster("other", c => c.Service("elsewhere", s => Single(s, "elsewhere")));

        Assert.Empty(Of(app, Id));
    }

    [Fact]
    public void Services_whose_task_definition_is_unknown_are_skipped()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "a");
        app.Cluster("main", c => c
            .Service("a", s => Single(s, "a"))
            .Service("b", s => s.TaskDefinition("arn:aws:ecs:eu-west-1:123456789012:task-definition/elsewhere:3").DesiredCount(5)));

        Assert.Empty(Of(app, Id));
    }

    [Fact]
    public void A_replica_service_with_a_static_port_and_desiredCount_2_warns()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "web");
        app.Cluster("main", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(2)));

        var d = Assert.Single(Of(app, Id));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal(HostPortPath("web"), d.Path);
        Assert.Equal(["clusters['main'].services['web'].desiredCount"], d.AdditionalPaths);
        Assert.Contains("Service 'web' of cluster 'main' runs 2 tasks", d.Message, StringComparison.Ordinal);
        Assert.Contains("static host port 80/tcp (bridge mode)", d.Message, StringComparison.Ordinal);
        Assert.Contains("distinctInstance", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distinctInstance_constraint_removes_the_replica_case()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "web");
        app.Cluster("main", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(2).PlacementConstraint(PlacementConstraintType.DistinctInstance)));

        Assert.Empty(Of(app, Id));
    }

    [Fact]
    public void A_single_task_whose_deployment_starts_the_new_task_first_warns()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "web");
        Ec2Task(app, "stop-first");
        Ec2Task(app, "no-surge");
        app.Cluster("main", c => c
            .Service("web", s => s.TaskDefinition("web").DesiredCount(1))
            .Service("stop-first", s => s.TaskDefinition("stop-first").DesiredCount(1).RollingUpdate(0, 200))
            .Service("no-surge", s => s.TaskDefinition("no-surge").DesiredCount(1).RollingUpdate(100, 100)));
        var quiet = new EcsApp("t");
        Ec2Task(quiet, "web");
        quiet.Cluster("main", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(1).RollingUpdate(0, 200)));
        quiet.Cluster("other", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(1).RollingUpdate(100, 100)));

        var found = Of(app, Id).Where(d => d.Message.StartsWith("Service '", StringComparison.Ordinal)).ToList();
        var d = Assert.Single(found);
        Assert.Equal(HostPortPath("web"), d.Path);
        Assert.Contains("minimumHealthyPercent 100, maximumPercent 200", d.Message, StringComparison.Ordinal);
        Assert.Contains("minimumHealthyPercent to 0", d.Message, StringComparison.Ordinal);
        Assert.Empty(Of(quiet, Id));
    }

    [Fact]
    public void Blue_green_deployments_of_a_single_task_warn()
    {
        var app = new EcsApp("t");
        Ec2Task(app, "web");
        app.Cluster("main", c => c.Service("web", s => s.TaskDefinition("web").DesiredCount(1).DeploymentController(DeploymentControllerType.CodeDeploy)));

        Assert.Contains("CODE_DEPLOY", Assert.Single(Of(app, Id)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_service_validated_with_its_task_definition_reports_its_replicas()
    {
        var task = Mode("bridge", Container("web", "{'containerPort':80,'hostPort':80}"));
        var service = Service("{'serviceName':'web','cluster':'main','taskDefinition':'f','desiredCount':3}");

        var d = Assert.Single(Only(service.Validate(task), Id));
        Assert.Equal("taskDefinition.containerDefinitions[0].portMappings[0].hostPort", d.Path);
        Assert.Equal(["$.desiredCount"], d.AdditionalPaths);
    }

    [Fact]
    public void Unknown_scheduling_count_or_constraints_never_raise_certainty_or_fire()
    {
        var task = MakeTask("bridge", MakeContainer(0, "app", new PortFacts { ContainerPort = 80, HostPort = 80 }));
        var daemonMaybe = new ServiceFacts { Path = "s1", Name = "a", Task = task, SchedulingStrategy = Fact<string>.Unknown, DesiredCount = 1, MinimumHealthyPercent = 0 };
        var replicas = new ServiceFacts { Path = "s2", Name = "b", Task = task, DesiredCount = Fact<int>.Unknown };
        var constraintsUnknown = new ServiceFacts
        {
            Path = "s3",
            Name = "c",
            Task = task,
            DesiredCount = 3,
            PlacementConstraints = new FactList<PlacementConstraintFacts>(new[] { new PlacementConstraintFacts { Type = Fact<string>.Unknown } }),
        };
        var app = new AppFacts
        {
            Clusters = new FactList<ClusterFacts>(new[]
            {
                new ClusterFacts { Name = "main", Services = new FactList<ServiceFacts>(new[] { daemonMaybe, replicas, constraintsUnknown }) },
            }),
        };

        var found = RuleRunner.Run(app).Where(d => d.Id == Id).ToList();
        // Pairs only (a-b, a-c, b-c), each a warning: no replica case for b (count unknown) or c (maybe distinctInstance).
        Assert.Equal(3, found.Count);
        Assert.All(found, d => Assert.Equal(RuleSeverity.Warning, d.Severity));
        Assert.All(found, d => Assert.StartsWith("Services ", d.Message, StringComparison.Ordinal));
    }
}
