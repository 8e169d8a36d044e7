namespace EcsKit.Hosting.Tests;

/// <summary>Runs an application's command line in-process and captures what it writes.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static async Task<HostRun> Of(EcsApp app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EcsAppHost.RunAsync(app, args, HostConsole.Plain(output, error), CancellationToken.None);
        return new HostRun(exit, output.ToString(), error.ToString());
    }

    public static EcsApp SmallApp()
    {
        var app = new EcsApp("demo");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80)));
        app.Cluster("main").Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1"));
        return app;
    }
}
