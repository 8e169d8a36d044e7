using EcsKit.Rules;
using static EcsKit.Tests.Rules.EfgFindings;

namespace EcsKit.Tests.Rules;

public class ExecutionRoleAndPrivilegeRuleTests
{
    // ECS0085

    [Fact]
    public void Ecs0085_fires_once_for_every_use_without_an_execution_role()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27").Secret("DB_PASSWORD", "arn:aws:ssm:eu-west-1:1:parameter/db"))
            .Container("api", c => c.Image("private/api:1").RepositoryCredentials("arn:aws:secretsmanager:eu-west-1:1:secret:reg")
                .Logging(LogDriver.Splunk, new Dictionary<string, string> { ["splunk-url"] = "https://splunk" },
                    [new Secret { Name = "splunk-token", ValueFrom = "arn:aws:ssm:eu-west-1:1:parameter/splunk" }])));

        var d = Assert.Single(Of("ECS0085", td));
        Assert.Equal(EcsSeverity.Error, d.Severity);
        Assert.Equal("$.containerDefinitions[0].secrets", d.Path);
        Assert.Equal(["$.containerDefinitions[1].logConfiguration.secretOptions", "$.containerDefinitions[1].repositoryCredentials"], d.AdditionalPaths);
        Assert.Contains("'web'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'app' (secrets)", d.Message, StringComparison.Ordinal);
        Assert.Contains("'api' (log secretOptions)", d.Message, StringComparison.Ordinal);
        Assert.Contains("'api' (repositoryCredentials)", d.Message, StringComparison.Ordinal);
        Assert.Contains("executionRoleArn", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0085_is_silent_with_an_execution_role_or_without_secrets()
    {
        var withRole = Task(t => t.Fargate(256, 512).ExecutionRole("arn:aws:iam::1:role/exec")
            .Container("app", c => c.Image("nginx:1.27").Secret("DB_PASSWORD", "arn:aws:ssm:eu-west-1:1:parameter/db")));
        // A task role does not fetch secrets, but no secrets need no execution role.
        var noSecrets = Task(t => t.Fargate(256, 512).TaskRole("arn:aws:iam::1:role/task").Container("app", c => c.Image("nginx:1.27").Environment("MODE", "prod")));

        Assert.Empty(Of("ECS0085", withRole));
        Assert.Empty(Of("ECS0085", noSecrets));
    }

    [Fact]
    public void Ecs0085_is_silent_when_the_execution_role_is_unknown()
    {
        var app = Container(0, "app");
        app.Secrets.Add(new NameValueFacts { Path = app.Member("secrets[0]"), Name = "DB", Value = "arn:a" });
        var task = Facts(app);
        task.ExecutionRoleArn = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0085", task));
    }

    // ECS0086

    [Fact]
    public void Ecs0086_warns_on_a_privileged_container()
    {
        var td = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).Privileged().ReadonlyRootFilesystem()));

        var d = Assert.Single(Of("ECS0086", td));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal("$.containerDefinitions[0].privileged", d.Path);
        Assert.Contains("'app' is privileged", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0086_warns_on_pid_mode_host()
    {
        var td = Task(t => t.Ec2().PidMode(PidMode.Host).Container("app", c => c.Image("nginx:1.27").Memory(256).ReadonlyRootFilesystem()));

        var d = Assert.Single(Of("ECS0086", td));
        Assert.Equal("$.pidMode", d.Path);
        Assert.Contains("pidMode host", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("root", "as root")]
    [InlineData("0:0", "as root")]
    [InlineData(null, "without a user")]
    public void Ecs0086_warns_on_root_in_host_network_mode(string? user, string words)
    {
        var td = Task(t => t.Ec2(NetworkMode.Host).Container("app", c =>
        {
            c.Image("nginx:1.27").Memory(256).ReadonlyRootFilesystem();
            if (user is not null)
            {
                c.User(user);
            }
        }));

        var d = Assert.Single(Of("ECS0086", td));
        Assert.Equal(EcsSeverity.Warning, d.Severity);
        Assert.Equal(user is null ? "$.containerDefinitions[0]" : "$.containerDefinitions[0].user", d.Path);
        Assert.Equal(["$.networkMode"], d.AdditionalPaths);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs0086_reports_a_writable_root_filesystem_as_info()
    {
        var td = Task(t => t.Fargate(256, 512)
            .Container("app", c => c.Image("nginx:1.27"))
            .Container("api", c => c.Image("api:1").ReadonlyRootFilesystem(false))
            .Container("ro", c => c.Image("ro:1").ReadonlyRootFilesystem()));

        var found = Of("ECS0086", td);
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(EcsSeverity.Info, d.Severity));
        Assert.Equal(["$.containerDefinitions[0]", "$.containerDefinitions[1].readonlyRootFilesystem"], found.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Contains(found, d => d.Message.Contains("'app' can write to its root filesystem", StringComparison.Ordinal));
    }

    [Fact]
    public void Ecs0086_is_silent_for_a_non_root_user_in_host_mode_and_for_fargate_only_parameters()
    {
        var host = Task(t => t.Ec2(NetworkMode.Host).Container("app", c => c.Image("nginx:1.27").Memory(256).User("1000:1000").ReadonlyRootFilesystem()));
        var bridgeRoot = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).User("root").ReadonlyRootFilesystem()));
        // On Fargate privileged is ECS0072's error.
        var fargate = Task(t => t.Fargate(256, 512).Container("app", c => c.Image("nginx:1.27").Privileged().ReadonlyRootFilesystem()));
        var windows = Task(t => t.RequiresCompatibilities(Compatibility.Ec2).RuntimePlatform(CPUArchitecture.X86_64, OSFamily.WindowsServer2022Core)
            .Container("app", c => c.Image("iis:1").Memory(512)));

        Assert.Empty(Of("ECS0086", host));
        Assert.Empty(Of("ECS0086", bridgeRoot));
        Assert.Empty(Of("ECS0086", fargate));
        Assert.Empty(Of("ECS0086", windows));
    }

    [Fact]
    public void Ecs0086_severity_can_be_changed_and_suppressed()
    {
        var td = Task(t => t.Ec2().Container("app", c => c.Image("nginx:1.27").Memory(256).Privileged()));

        var raised = td.Validate(new EcsValidationOptions().SetSeverity("ECS0086", EcsSeverity.Error)).Diagnostics.Where(d => d.Id == "ECS0086").ToList();
        Assert.Equal(2, raised.Count);
        Assert.All(raised, d => Assert.Equal(EcsSeverity.Error, d.Severity));
        Assert.DoesNotContain(td.Validate(new EcsValidationOptions().Suppress("ECS0086")).Diagnostics, d => d.Id == "ECS0086");
    }

    [Fact]
    public void Ecs0086_is_silent_for_unknown_values()
    {
        var app = Container(0, "app");
        app.Privileged = Fact<bool>.Unknown;
        app.User = Fact<string>.Unknown;
        app.ReadonlyRootFilesystem = Fact<bool>.Unknown;
        var task = Facts(app);
        task.NetworkMode = "host";
        task.PidMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0086", task));

        var root = Container(0, "app");
        root.User = "root";
        root.ReadonlyRootFilesystem = true;
        var unknownMode = Facts(root);
        unknownMode.NetworkMode = Fact<string>.Unknown;
        Assert.Empty(Of("ECS0086", unknownMode));
    }
}
