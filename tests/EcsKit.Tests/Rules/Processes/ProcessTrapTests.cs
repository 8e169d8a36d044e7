using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

/// <summary>The catalogue's "must NOT be flagged" cases for the process rules (ECS0020 to ECS0023), each against all four.</summary>
public class ProcessTrapTests
{
    private static readonly string[] ProcessRuleIds = ["ECS0020", "ECS0021", "ECS0022", "ECS0023"];

    private static IEnumerable<EcsDiagnostic> ProcessFindings(TaskDefinition definition) =>
        definition.Validate().Diagnostics.Where(d => ProcessRuleIds.Contains(d.Id));

    [Theory]
    [InlineData("mkdir -p /x && exec nginx -g 'daemon off;'")]
    [InlineData("./migrate && ./server")]
    [InlineData("gunicorn -w 4 app:app")]
    [InlineData("exec gunicorn --workers 4 --threads 2 app:app")]
    [InlineData("exec nginx -g 'daemon off; worker_processes 4;'")]
    [InlineData("exec php-fpm -F -R")]
    [InlineData("exec node server.js | tee /var/log/app.log")]
    [InlineData("node server.js 2>&1 | logger -t web")]
    [InlineData("./start.sh")]
    [InlineData("exec \"$@\"")]
    [InlineData("curl 'http://h/?a=1&b=2'")]
    [InlineData("curl -fsS 'http://config/?env=prod&app=web' -o /etc/app.json && exec ./server")]
    [InlineData("echo \"a & b\"")]
    [InlineData("echo \"starting web & worker\" && exec node server.js")]
    public void Shell_commands_that_are_fine(string script)
    {
        Assert.Empty(ProcessFindings(Task(c => c.Command("sh", "-c", script))));
    }

    [Theory]
    [InlineData("gunicorn", "-w", "4", "app:app")]
    [InlineData("nginx", "-g", "daemon off;")]
    [InlineData("php-fpm", "-F")]
    [InlineData("./start.sh")]
    [InlineData("/docker-entrypoint.sh", "nginx", "-g", "daemon off;")]
    public void Exec_form_commands_that_are_fine(params string[] command)
    {
        Assert.Empty(ProcessFindings(Task(c => c.Command(command))));
    }

    [Fact]
    public void Non_essential_containers_that_run_to_completion()
    {
        var definition = new EcsApp("t").TaskDefinition("f", td => td.Fargate(256, 512)
            .Container("migrate", c => c.Image("app:1").Essential(false).Command("sh", "-c", "./migrate-a & ./migrate-b & wait && ./seed"))
            .Container("assets", c => c.Image("app:1").Essential(false).Command("sh", "-c", "./fetch & ./render & wait"))
            .Container("web", c => c.Image("app:1").Command("node", "server.js")
                .DependsOn("migrate", ContainerCondition.Success)
                .DependsOn("assets", ContainerCondition.Complete)));
        Assert.Empty(ProcessFindings(definition));
    }
}
