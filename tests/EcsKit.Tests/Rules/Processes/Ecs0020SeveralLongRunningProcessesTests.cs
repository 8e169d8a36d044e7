using EcsKit.Rules;
using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

public class Ecs0020SeveralLongRunningProcessesTests
{
    private const string Id = "ECS0020";

    [Fact]
    public void Two_servers_in_one_shell_command_are_reported()
    {
        var finding = Assert.Single(Shell(Id, "nginx -g 'daemon off;' & php-fpm"));

        Assert.Equal(EcsSeverity.Warning, finding.Severity);
        Assert.Equal(CommandPath, finding.Path);
        Assert.Equal(
            "Container 'web' starts 'nginx' and 'php-fpm' in one shell command; run each in its own container of the task (same image), they still reach each other on localhost in awsvpc mode.",
            finding.Message);
    }

    [Theory]
    // (a) a background command followed by another long-running command, or by wait.
    [InlineData("gunicorn app:app & exec celery -A app worker -l info", "'gunicorn' and 'celery worker'")]
    [InlineData("node worker.js & node server.js", "'node worker.js' and 'node server.js'")]
    [InlineData("./worker & exec nginx -g 'daemon off;'", "'./worker' and 'nginx'")]
    [InlineData("./api &\n./worker &\nwait -n", "'./api' and './worker'")]
    [InlineData("./api & ./worker & wait", "'./api' and './worker'")]
    [InlineData("./api & ./worker & fg %1", "'./api' and './worker'")]
    [InlineData("java -jar api.jar & java -jar worker.jar & wait", "'java -jar api.jar' and 'java -jar worker.jar'")]
    [InlineData("for i in 1 2 3; do ./worker $i & done; wait", "several './worker' processes")]
    // (b) two or more known servers.
    [InlineData("redis-server & postgres & exec nginx -g 'daemon off;'", "'redis-server', 'postgres' and 'nginx'")]
    [InlineData("nginx -g 'daemon off;' && php-fpm", "'nginx' and 'php-fpm'")]
    // (c) a daemonising form followed by another command.
    [InlineData("nginx && php-fpm", "'nginx' and 'php-fpm'")]
    [InlineData("php-fpm -D && nginx -g 'daemon off;'", "'php-fpm' and 'nginx'")]
    [InlineData("redis-server --daemonize yes && exec gunicorn app:app", "'redis-server' and 'gunicorn'")]
    [InlineData("service nginx start && node server.js", "'nginx' and 'node server.js'")]
    [InlineData("/etc/init.d/ssh start; exec node app.js", "'ssh' and 'node app.js'")]
    [InlineData("apachectl start && exec celery -A a worker", "'httpd' and 'celery worker'")]
    [InlineData("cron && exec apache2ctl -D FOREGROUND", "'cron' and 'apache2'")]
    [InlineData("/usr/sbin/sshd && exec nginx -g 'daemon off;'", "'sshd' and 'nginx'")]
    // Nested shells and functions are read too.
    [InlineData("sh -c \"nginx -g 'daemon off;' & php-fpm\"", "'nginx' and 'php-fpm'")]
    [InlineData("start_web() { nginx; }\nstart_web\nexec php-fpm", "'nginx' and 'php-fpm'")]
    public void Several_processes_are_reported(string script, string names)
    {
        var finding = Assert.Single(Shell(Id, script));
        Assert.Contains($"starts {names} in one shell command", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bash", "-ec")]
    [InlineData("/bin/bash", "-lc")]
    [InlineData("/usr/bin/env", "bash", "-c")]
    [InlineData("dumb-init", "--", "sh", "-c")]
    [InlineData("tini", "-g", "--", "/bin/sh", "-xc")]
    [InlineData("gosu", "www-data", "ash", "-c")]
    public void Wrappers_and_shell_flags_do_not_hide_it(params string[] prefix)
    {
        Assert.Single(Findings(Id, Task(c => c.Command([.. prefix, "nginx -g 'daemon off;' & exec php-fpm"]))));
    }

    [Fact]
    public void The_script_in_the_entry_point_is_reported_there()
    {
        var finding = Assert.Single(Findings(Id, Task(c => c.EntryPoint("sh", "-c", "nginx & exec php-fpm").Command("ignored"))));
        Assert.Equal(EntryPointPath, finding.Path);
    }

    [Fact]
    public void The_script_in_the_command_after_a_shell_entry_point_is_reported_in_the_command()
    {
        var finding = Assert.Single(Findings(Id, Task(c => c.EntryPoint("/bin/sh", "-c").Command("nginx & exec php-fpm"))));
        Assert.Equal(CommandPath, finding.Path);
    }

    [Theory]
    [InlineData("mkdir -p /x && exec nginx -g 'daemon off;'")]
    [InlineData("./migrate && ./server")]
    [InlineData("./migrate & exec ./server")]
    [InlineData("node migrate.js && node server.js")]
    [InlineData("python manage.py migrate && exec gunicorn app.wsgi")]
    [InlineData("nginx -t && exec nginx -g 'daemon off;'")]
    [InlineData("cp /conf/a /etc/a & exec nginx -g 'daemon off;'")]
    [InlineData("gunicorn -w 4 app:app")]
    [InlineData("exec nginx -g 'daemon off;'")]
    [InlineData("php-fpm")]
    [InlineData("node server.js | tee /var/log/app.log")]
    [InlineData("node server.js 2>&1 | logger -t app")]
    [InlineData("./start.sh")]
    [InlineData("exec \"$@\"")]
    [InlineData("curl 'http://h/?a=1&b=2' && exec nginx -g 'daemon off;'")]
    [InlineData("echo \"a & b\" && exec nginx -g 'daemon off;'")]
    [InlineData("exec nginx -g 'daemon off;' 2>&1")]
    [InlineData("exec node server.js &> /proc/1/fd/1")]
    [InlineData("nginx -g 'daemon off;' & wait")]
    [InlineData("trap 'kill -TERM $PID' TERM INT; node server.js & PID=$!; wait $PID")]
    [InlineData("./a & ./b")]
    [InlineData("if [ \"$ROLE\" = worker ]; then exec celery -A app worker; else exec gunicorn app:app; fi")]
    [InlineData("case \"$1\" in web) exec nginx -g 'daemon off;';; worker) exec php-fpm;; esac")]
    [InlineData("while true; do node server.js; sleep 1; done")]
    [InlineData("service nginx reload && exec php-fpm")]
    [InlineData("nginx & tail -f /dev/null")]
    // exec and exit end the script: what follows never runs.
    [InlineData("if [ \"$1\" = worker ]; then\n  exec celery -A proj worker\nfi\nexec gunicorn proj.wsgi")]
    [InlineData("[ \"$ROLE\" = web ] && exec nginx -g 'daemon off;'\nexec php-fpm")]
    [InlineData("if [ -n \"$WORKER\" ]; then node worker.js; exit $?; fi; exec node server.js")]
    // A daemon started for a setup step and stopped again.
    [InlineData("mongod --fork --logpath /tmp/m.log && mongo /init.js && mongod --shutdown && exec mongod --bind_ip_all")]
    [InlineData("service mysql start && mysql < /init.sql && service mysql stop && exec mysqld")]
    [InlineData("pg_ctl -D \"$PGDATA\" -w start && psql -f /init.sql && pg_ctl -D \"$PGDATA\" -m fast -w stop && exec postgres")]
    [InlineData("nginx && ./warm-cache.sh && nginx -s quit; exec node server.js")]
    [InlineData("redis-server --daemonize yes && ./seed && redis-cli shutdown && exec redis-server")]
    [InlineData("./mock-api & MOCK=$!; ./contract-tests; kill $MOCK; exec ./server")]
    public void Single_processes_are_not_reported(string script)
    {
        Assert.Empty(Shell(Id, script));
    }

    [Fact]
    public void Exec_form_is_one_process()
    {
        Assert.Empty(Exec(Id, "nginx", "-g", "daemon off;"));
        Assert.Empty(Exec(Id, "gunicorn", "-w", "4", "app:app"));
    }

    [Fact]
    public void Health_check_commands_are_not_read()
    {
        Assert.Empty(Findings(Id, Task(c => c.Command("nginx", "-g", "daemon off;").HealthCheck("CMD-SHELL", "nginx -t & php-fpm -t & wait"))));
    }

    [Fact]
    public void Unterminated_quote_stays_silent()
    {
        Assert.Empty(Shell(Id, "nginx -g 'daemon off; & php-fpm"));
    }

    [Fact]
    public void Non_essential_container_that_runs_to_completion_is_not_reported()
    {
        var definition = new EcsApp("t").TaskDefinition("f", td => td.Fargate(256, 512)
            .Container("prepare", c => c.Image("tools:1").Essential(false).Command("sh", "-c", "./fetch-a & ./fetch-b & wait"))
            .Container("web", c => c.Image("web:1").DependsOn("prepare", ContainerCondition.Success)));
        Assert.Empty(Findings(Id, definition));
    }

    [Fact]
    public void Non_essential_container_nobody_waits_for_is_still_reported()
    {
        var definition = new EcsApp("t").TaskDefinition("f", td => td.Fargate(256, 512)
            .Container("sidecar", c => c.Image("tools:1").Essential(false).Command("sh", "-c", "./a & ./b & wait"))
            .Container("web", c => c.Image("web:1").DependsOn("sidecar", ContainerCondition.Start)));
        var finding = Assert.Single(Findings(Id, definition));
        Assert.Contains("Container 'sidecar'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_script_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts("sh", "-c", null)));
    }

    [Fact]
    public void Unknown_command_given_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = Words("sh", "-c", "nginx & exec php-fpm");
            c.CommandGiven = Fact<bool>.Unknown;
        })));
    }

    [Fact]
    public void Unknown_entry_point_given_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = Words("sh", "-c", "nginx & exec php-fpm");
            c.CommandGiven = true;
            c.EntryPointGiven = Fact<bool>.Unknown;
        })));
    }

    [Fact]
    public void Incomplete_command_list_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts(c =>
        {
            c.Command = new FactList<Fact<string>>([Fact<string>.Of("sh"), Fact<string>.Of("-c"), Fact<string>.Of("nginx & exec php-fpm")], isComplete: false);
            c.CommandGiven = true;
        })));
    }

    [Fact]
    public void Unknown_wrapper_option_does_not_fire()
    {
        Assert.Empty(Findings(Id, Facts("tini", null, "sh", "-c", "nginx & exec php-fpm")));
    }

    [Fact]
    public void Unknown_word_after_the_script_does_not_matter()
    {
        var finding = Assert.Single(Findings(Id, Facts("sh", "-c", "nginx & exec php-fpm", null)));
        Assert.Equal(CommandPath, finding.Path);
    }

    [Fact]
    public void Unknown_essential_with_unknown_dependency_condition_does_not_fire()
    {
        var task = Facts(c =>
        {
            c.Command = Words("sh", "-c", "./a & ./b & wait");
            c.CommandGiven = true;
            c.Essential = Fact<bool>.Unknown;
        });
        task.Containers.Add(new ContainerFacts
        {
            Path = "$.containerDefinitions[1]",
            Name = "app",
            DependsOn = new FactList<DependencyFacts>([new DependencyFacts { ContainerName = "web", Condition = Fact<string>.Unknown }]),
        });
        Assert.Empty(Findings(Id, task));
    }

    [Fact]
    public void Json_task_definitions_are_checked_too()
    {
        var definition = EcsJson.ParseTaskDefinition("""
            {
              "family": "legacy",
              "containerDefinitions": [
                { "name": "app", "image": "legacy:1", "memory": 512, "entryPoint": ["/bin/bash", "-c"],
                  "command": ["service php8.2-fpm start && nginx -g 'daemon off;'"] }
              ]
            }
            """);
        var finding = Assert.Single(Findings(Id, definition));
        Assert.Equal(CommandPath, finding.Path);
        Assert.Contains("starts 'php8.2-fpm' and 'nginx'", finding.Message, StringComparison.Ordinal);
    }
}
