using EcsKit.Rules;
using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

public class Ecs0022ShellIsPid1Tests
{
    private const string Id = "ECS0022";

    [Fact]
    public void Server_after_setup_without_exec_is_reported()
    {
        var finding = Assert.Single(Shell(Id, "envsubst < /t > /etc/nginx/conf.d/default.conf && nginx -g 'daemon off;'"));

        Assert.Equal(EcsSeverity.Info, finding.Severity);
        Assert.Equal(CommandPath, finding.Path);
        Assert.Equal(
            "Container 'web' runs 'nginx' from 'sh -c' without exec; the shell can stay PID 1 and not pass SIGTERM on, so the container is killed after the stop timeout: prefix the command with 'exec' or set linuxParameters.initProcessEnabled to true.",
            finding.Message);
    }

    [Theory]
    [InlineData("python manage.py migrate && gunicorn app.wsgi -b 0.0.0.0:8000", "gunicorn")]
    [InlineData("./wait-for-db.sh; node server.js", "node server.js")]
    [InlineData("cd /app\njava -jar app.jar", "java -jar app.jar")]
    [InlineData("mkdir -p /run/php && php-fpm -F", "php-fpm")]
    [InlineData("set -e; npm run migrate; npm start", "npm start")]
    public void Long_running_commands_without_exec_are_reported(string script, string name)
    {
        var finding = Assert.Single(Shell(Id, script));
        Assert.Contains($"runs '{name}' from 'sh -c' without exec", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shell_is_named()
    {
        var finding = Assert.Single(Findings(Id, Task(c => c.Command("/bin/bash", "-ec", "cd /app && node server.js"))));
        Assert.Contains("from 'bash -c'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mkdir -p /x && exec nginx -g 'daemon off;'")]
    [InlineData("nginx -g 'daemon off;'")]
    [InlineData("node server.js")]
    [InlineData("./migrate && ./server")]
    [InlineData("node server.js | tee /var/log/app.log")]
    [InlineData("trap 'kill -TERM $PID' TERM; cd /app && node server.js & PID=$!; wait $PID")]
    [InlineData("trap 'exit 0' TERM; cd /app && node server.js")]
    [InlineData("nginx -g 'daemon off;' & php-fpm")]
    [InlineData("service nginx start && tail -f /dev/null")]
    [InlineData("while true; do cd /app && node server.js; sleep 1; done")]
    [InlineData("cd /app && exec supervisord -n")]
    [InlineData("cd /app && ./start.sh")]
    [InlineData("cd /app && nginx")]
    public void Not_reported(string script)
    {
        Assert.Empty(Shell(Id, script));
    }

    [Fact]
    public void Init_process_enabled_is_enough()
    {
        Assert.Empty(Shell(Id, "cd /app && node server.js", c => c.InitProcessEnabled()));
        Assert.Single(Shell(Id, "cd /app && node server.js", c => c.InitProcessEnabled(false)));
    }

    [Fact]
    public void An_init_wrapper_in_front_of_the_shell_is_enough()
    {
        Assert.Empty(Findings(Id, Task(c => c.EntryPoint("tini", "--").Command("sh", "-c", "cd /app && node server.js"))));
        Assert.Empty(Findings(Id, Task(c => c.Command("dumb-init", "sh", "-c", "cd /app && node server.js"))));
    }

    [Fact]
    public void Unknown_init_process_enabled_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = Words("sh", "-c", "cd /app && node server.js");
            c.CommandGiven = true;
            c.LinuxParameters = new LinuxFacts { Path = "$.containerDefinitions[0].linuxParameters", InitProcessEnabled = Fact<bool>.Unknown };
        })));
    }

    [Fact]
    public void Unknown_script_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts("sh", "-c", null)));
        Assert.Single(Findings(Id, Facts("sh", "-c", "cd /app && node server.js")));
    }
}
