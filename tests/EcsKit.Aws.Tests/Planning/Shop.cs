using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>A small application to plan: a cluster, a Fargate web service behind a load balancer, an EC2 bridge worker.</summary>
internal static class Shop
{
    public const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
    public const string TargetGroup = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef";

    public static EcsApp App(
        string image = "nginx:1.27",
        int desiredCount = 2,
        string dbPassword = "hunter2",
        Action<ContainerBuilder>? web = null,
        Action<ServiceBuilder>? webService = null)
    {
        var app = new EcsApp("shop");
        var webDefinition = app.TaskDefinition("shop-web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .ExecutionRole(ExecutionRole)
            .Container("web", c =>
            {
                c.Image(image)
                    .Port(80, name: "http")
                    .Environment("LOG_LEVEL", "info")
                    .Environment("DB_PASSWORD", dbPassword)
                    .Environment("DB_HOST", "db.internal")
                    .Secret("API_TOKEN", "arn:aws:ssm:eu-west-1:123456789012:parameter/shop/api-token")
                    .Secret("DB_USER", "arn:aws:ssm:eu-west-1:123456789012:parameter/shop/db-user")
                    .AwsLogs("/shop/web", "eu-west-1", "web")
                    .HealthCheck("CMD-SHELL", "curl -f http://localhost/ || exit 1");
                web?.Invoke(c);
            })
            .Container("log-router", c => c.Image("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable").Essential(false))
            .Tag("team", "shop")
            .Tag("env", "prod"));
        var worker = app.TaskDefinition("shop-worker", td => td
            .Ec2()
            .Container("worker", c => c.Image("shop/worker:1.0").Memory(256).Port(8080).Port(8081).Environment("QUEUE", "orders")));
        app.Cluster("shop", cluster => cluster
            .Tag("team", "shop")
            .Tag("env", "prod")
            .Service("web", s =>
            {
                s.TaskDefinition(webDefinition)
                    .DesiredCount(desiredCount)
                    .Fargate()
                    .Subnets("subnet-a", "subnet-b")
                    .SecurityGroups("sg-1", "sg-2")
                    .LoadBalancer(TargetGroup, "web", 80)
                    .Tag("team", "shop")
                    .Tag("env", "prod");
                webService?.Invoke(s);
            })
            .Service("worker", s => s.TaskDefinition(worker).DesiredCount(1)));
        return app;
    }

    /// <summary>ECS as it is after <paramref name="app"/> was deployed: revision 3 of each family (2 and 1 before it), services on revision 3.</summary>
    public static FakeEcsApi Deployed(EcsApp app, int revision = 3)
    {
        var api = new FakeEcsApi();
        foreach (var cluster in app.Clusters)
        {
            api.Add(EcsDescribe.Cluster(cluster));
        }
        foreach (var definition in app.TaskDefinitions)
        {
            for (var r = 1; r <= revision; r++)
            {
                api.Add(EcsDescribe.TaskDefinition(definition, r));
            }
        }
        foreach (var service in app.Services)
        {
            var family = app.TaskDefinitionOf(service)!.Family;
            api.Add(service.Cluster!, EcsDescribe.Service(service, EcsDescribe.TaskDefinitionArn(family, revision)));
        }
        return api;
    }
}
