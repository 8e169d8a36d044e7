namespace EcsKit.Aws.Tests.Deploy;

/// <summary>The application the scenarios deploy: cluster "shop", services web (2 tasks) and worker (1 task).</summary>
public static class ShopApp
{
    public static readonly EcsDeployOptions Fast = new() { PollInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) };

    public static readonly EcsDestroyOptions FastDestroy = new() { PollInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) };

    public static EcsApp Create(string webImage = "nginx:1.27", bool circuitBreaker = false, bool rollback = true)
    {
        var app = new EcsApp("shop");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image(webImage).Port(80)));
        var worker = app.TaskDefinition("worker", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("worker", c => c.Image("busybox:1.37").Command("sleep", "infinity")));
        app.Cluster("shop")
            .Service("web", s =>
            {
                s.TaskDefinition(web).DesiredCount(2).Fargate().Subnets("subnet-1");
                if (circuitBreaker)
                {
                    s.CircuitBreaker(rollback);
                }
            })
            .Service("worker", s => s.TaskDefinition(worker).DesiredCount(1).Fargate().Subnets("subnet-1"));
        return app;
    }
}
