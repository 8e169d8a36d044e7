using EcsKit.Rules;
using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

public class Ecs0021ProcessSupervisorTests
{
    private const string Id = "ECS0021";

    [Fact]
    public void Supervisord_as_the_main_command_is_reported()
    {
        var finding = Assert.Single(Exec(Id, "/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/supervisord.conf"));

        Assert.Equal(EcsSeverity.Warning, finding.Severity);
        Assert.Equal(CommandPath, finding.Path);
        Assert.Equal(
            "Container 'web' runs the process supervisor 'supervisord'; ECS only sees the supervisor, not the programs it restarts, so run each program in its own container of the task instead.",
            finding.Message);
    }

    [Theory]
    [InlineData("supervisord", "tini", "--", "supervisord", "-n")]
    [InlineData("s6-svscan", "s6-svscan", "/etc/s6")]
    [InlineData("runsvdir", "runsvdir", "-P", "/etc/service")]
    [InlineData("/sbin/my_init", "/sbin/my_init")]
    [InlineData("circusd", "circusd", "/etc/circus.ini")]
    [InlineData("/lib/systemd/systemd", "/lib/systemd/systemd")]
    [InlineData("systemd", "/usr/local/bin/systemd", "--system")]
    [InlineData("/sbin/init", "/sbin/init")]
    [InlineData("monit", "monit", "-I")]
    [InlineData("pm2-runtime ecosystem.config.js", "pm2-runtime", "start", "ecosystem.config.js")]
    [InlineData("pm2 process.json", "pm2", "start", "process.json", "--no-daemon")]
    [InlineData("honcho start", "honcho", "start")]
    [InlineData("foreman start", "foreman", "start")]
    [InlineData("forego start", "forego", "start", "-f", "Procfile")]
    [InlineData("overmind start", "overmind", "start")]
    [InlineData("hivemind", "hivemind", "Procfile")]
    [InlineData("concurrently", "npx", "concurrently", "npm:api", "npm:worker")]
    [InlineData("npm-run-all --parallel", "npm-run-all", "--parallel", "api", "worker")]
    [InlineData("npm-run-all --parallel", "npm-run-all", "-p", "api", "worker")]
    [InlineData("run-p", "run-p", "api", "worker")]
    [InlineData("multirun", "multirun", "nginx -g 'daemon off;'", "php-fpm")]
    public void Supervisors_are_reported(string name, params string[] command)
    {
        var finding = Assert.Single(Exec(Id, command));
        Assert.Contains($"the process supervisor '{name}'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void S6_overlay_init_in_the_entry_point_is_reported_there()
    {
        var finding = Assert.Single(Findings(Id, Task(c => c.EntryPoint("/init").Command("nginx", "-g", "daemon off;"))));
        Assert.Equal(EntryPointPath, finding.Path);
        Assert.Contains("'/init'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Supervisor_inside_a_shell_command_is_reported()
    {
        var finding = Assert.Single(Shell(Id, "envsubst < /t > /etc/supervisord.conf && exec supervisord -n"));
        Assert.Equal(CommandPath, finding.Path);
    }

    [Theory]
    [InlineData("pm2-runtime", "app.js")]
    [InlineData("pm2-runtime", "start", "server.js", "-i", "max")]
    [InlineData("supervisorctl", "status")]
    [InlineData("supervisord", "--version")]
    [InlineData("monit", "status")]
    [InlineData("npm-run-all", "build", "test")]
    [InlineData("foreman", "run", "web")]
    [InlineData("nginx", "-g", "daemon off;")]
    [InlineData("tini", "--", "node", "server.js")]
    [InlineData("./init.sh")]
    public void Other_programs_are_not_reported(params string[] command)
    {
        Assert.Empty(Exec(Id, command));
    }

    [Fact]
    public void Supervisor_in_a_health_check_is_not_read()
    {
        Assert.Empty(Findings(Id, Task(c => c.Command("nginx", "-g", "daemon off;").HealthCheck("CMD-SHELL", "supervisorctl status || supervisord"))));
    }

    [Fact]
    public void Unknown_ecosystem_argument_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts("pm2-runtime", null)));
    }

    [Fact]
    public void Unknown_program_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(null, "-n")));
    }

    [Fact]
    public void Unknown_command_given_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = Words("supervisord", "-n");
            c.CommandGiven = Fact<bool>.Unknown;
        })));
    }

    [Fact]
    public void Unknown_argument_of_a_plain_supervisor_does_not_matter()
    {
        Assert.Single(Findings(Id, Facts("supervisord", "-c", null)));
    }
}
