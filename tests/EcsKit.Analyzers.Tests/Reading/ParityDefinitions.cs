using System.Runtime.CompilerServices;

namespace EcsKit.Analyzers.Tests.Reading;

/// <summary>
/// Definitions compiled into the tests and run, and also given to the analyzer as source text (each method on its
/// own), so that the runtime validator and the analyzer judge the very same code.
/// </summary>
internal static class ParityDefinitions
{
    public static void FargatePortClash(EcsApp app) =>
        app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("nginx:latest").Port(80, name: "http"))
            .Container("sidecar", c => c.Image("envoyproxy/envoy").Port(80).Port(9901, hostPort: 9902)));

    public static void BridgeServicesShareHostPort(EcsApp app)
    {
        var a = app.TaskDefinition("a", td => td.Ec2().Memory(512).Container("app", c => c.Image("nginx:1.27").Port(80, hostPort: 8080)));
        var b = app.TaskDefinition("b", td => td.Ec2().Memory(512).Container("app", c => c.Image("httpd:2.4").Port(80, hostPort: 8080).Port(81, hostPort: 40000)));
        app.Cluster("c").Service("one", s => s.TaskDefinition(a).DesiredCount(2)).Service("two", s => s.TaskDefinition(b));
    }

    public static void FargateSizeAndLogging(EcsApp app) =>
        app.TaskDefinition("worker", td => td.Fargate(cpu: 256, memoryMiB: 4096)
            .Container("app", c => c.Image("shop/worker:1.0").Memory(8192).AwsLogs("/shop/worker", "eu-west-1"))
            .Container("log", c => c.Image("fluent/fluent-bit:3.0").Essential(false).JsonFileLogs("10m", 3)));

    public static void Dependencies(EcsApp app) =>
        app.TaskDefinition("deps", td => td.Fargate(cpu: 512, memoryMiB: 1024)
            .Container("init", c => c.Image("busybox:1.36"))
            .Container("db", c => c.Image("postgres:16").DependsOn("app"))
            .Container("app", c => c.Image("shop/app:1.0").DependsOn("init", ContainerCondition.Success).DependsOn("db", ContainerCondition.Healthy).DependsOn("cache")));

    public static void HealthChecksAndTimeouts(EcsApp app) =>
        app.TaskDefinition("checks", td => td.Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/app:1.0")
                .HealthCheck("CMD-SHELL", "curl -f http://localhost/ || exit 1", interval: TimeSpan.FromSeconds(10), timeout: TimeSpan.FromSeconds(20), retries: 20)
                .StopTimeout(TimeSpan.FromMinutes(3))
                .RestartPolicy(attemptPeriod: TimeSpan.FromSeconds(30))));

    public static void Processes(EcsApp app) =>
        app.TaskDefinition("procs", td => td.Fargate(cpu: 1024, memoryMiB: 2048)
            .Container("both", c => c.Image("shop/web:1.0").Command("sh", "-c", "nginx -g 'daemon off;' & php-fpm -F"))
            .Container("super", c => c.Image("shop/all:1.0").Command("supervisord", "-n"))
            .Container("shell", c => c.Image("shop/api:1.0").EntryPoint("sh", "-c").Command("./migrate && gunicorn app:app"))
            .Container("alive", c => c.Image("shop/worker:1.0").Command("sh", "-c", "./worker & tail -f /dev/null")));

    public static void SecretsAndEnvironment(EcsApp app) =>
        app.TaskDefinition("secrets", td => td.Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/app:1.0")
                .Environment("DB_HOST", "db").Environment("DB_PASSWORD", "hunter2")
                .Secret("DB_HOST", "arn:aws:ssm:eu-west-1:123456789012:parameter/db-host")
                .SecretsManagerSecret("API_KEY", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api", jsonKey: "key")
                .EnvironmentFile("arn:aws:s3:::shop-config/app.txt")
                .RepositoryCredentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry")));

    public static void Ec2Resources(EcsApp app) =>
        app.TaskDefinition("batch", td => td.Ec2().Cpu(64)
            .Container("a", c => c.Image("shop/batch:1.0").Memory(256).MemoryReservation(512))
            .Container("b", c => c.Image("shop/batch:1.0").Memory(4))
            .Container("c", c => c.Image("shop/batch:1.0")));

    public static void HostAccess(EcsApp app) =>
        app.TaskDefinition("agent", td => td.Ec2(NetworkMode.Host).Memory(512).PidMode(PidMode.Host).IpcMode(IpcMode.Host)
            .Container("agent", c => c.Image("datadog/agent:7.60.0").Privileged().Port(8125, hostPort: 8126, protocol: TransportProtocol.Udp).Port(22)
                .Hostname("agent").Links("other")));

    public static void ServicesAndLoadBalancers(EcsApp app)
    {
        var web = app.TaskDefinition("web", td => td.Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("shop/web:1.0").Port(8080).ReadonlyRootFilesystem()));
        app.Cluster("main", cluster => cluster
            .Service("web", s => s.TaskDefinition(web).Fargate("1.3.0").LoadBalancer("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1", "web", 80))
            .Service("daemon", s => s.TaskDefinition("web:3").Daemon().Fargate().Subnets("subnet-1")));
    }

    public static void TemplateAndFargateLimits(EcsApp app)
    {
        var api = app.TaskDefinition("api", td => td.Fargate(cpu: 512, memoryMiB: 1024)
            .Container("app", c => c.Image("shop/api:1.0").Port(8080)));
        app.TaskDefinition("api-debug", api, td => td
            .Container("app", c => c.Image("shop/api:debug").AddCapabilities("SYS_PTRACE", "NET_ADMIN").SharedMemorySize(64).DnsServers("10.0.0.2"))
            .Container("debug", c => c.Image("busybox").Port(8080).Tmpfs("/tmp", 64)));
    }

    public static void WindowsAndNetworkMode(EcsApp app) =>
        app.TaskDefinition("win", td => td.Fargate(cpu: 512, memoryMiB: 1024).NetworkMode(NetworkMode.Bridge)
            .RuntimePlatform(CPUArchitecture.X86_64, OSFamily.WindowsServer2022Core)
            .Container("app", c => c.Image("mcr.microsoft.com/dotnet/aspnet:9.0").Essential(false).RestartPolicy()));

    /// <summary>Where this file is, so that its methods can be given to the analyzer as source.</summary>
    public static string SourcePath => Here();

    // The caller's file is this one only when called from here.
    private static string Here([CallerFilePath] string path = "") => path;
}
