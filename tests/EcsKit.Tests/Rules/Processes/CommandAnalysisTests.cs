using EcsKit.Rules;
using static EcsKit.Tests.Rules.ProcessTesting;

namespace EcsKit.Tests.Rules;

public class CommandAnalysisTests
{
    [Theory]
    // Servers, foreground or detaching.
    [InlineData("Server nginx (daemon)", "nginx")]
    [InlineData("Server nginx", "nginx", "-g", "daemon off;")]
    [InlineData("Server nginx", "/usr/sbin/nginx", "-g", "pid /tmp/n.pid; daemon off;")]
    [InlineData("Finite nginx", "nginx", "-t")]
    [InlineData("Finite nginx", "nginx", "-s", "reload")]
    [InlineData("Server php-fpm", "php-fpm")]
    [InlineData("Server php-fpm", "php-fpm8.2", "-F")]
    [InlineData("Server php-fpm (daemon)", "php-fpm", "-D")]
    [InlineData("Server php-fpm (daemon)", "php82-fpm", "--daemonize")]
    [InlineData("Finite php-fpm", "php-fpm", "-t")]
    [InlineData("Server redis-server", "redis-server", "/etc/redis.conf")]
    [InlineData("Server redis-server (daemon)", "redis-server", "--daemonize", "yes")]
    [InlineData("Server redis-server", "redis-server", "--daemonize", "no")]
    [InlineData("Server sshd (daemon)", "/usr/sbin/sshd")]
    [InlineData("Server sshd", "/usr/sbin/sshd", "-D", "-e")]
    [InlineData("Server sshd", "sshd", "-De")]
    [InlineData("Finite sshd", "sshd", "-t")]
    [InlineData("Server cron (daemon)", "cron")]
    [InlineData("Server cron", "cron", "-f")]
    [InlineData("Server crond", "crond", "-f", "-l", "2")]
    [InlineData("Server crond (daemon)", "crond", "-l", "2")]
    [InlineData("Server httpd (daemon)", "httpd")]
    [InlineData("Server httpd", "httpd", "-DFOREGROUND")]
    [InlineData("Server apache2", "apache2", "-D", "FOREGROUND")]
    [InlineData("Server httpd (daemon)", "apachectl", "start")]
    [InlineData("Server apache2", "apache2ctl", "-D", "FOREGROUND")]
    [InlineData("Finite httpd", "apachectl", "configtest")]
    [InlineData("Server httpd", "httpd-foreground")]
    [InlineData("Server gunicorn", "gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app")]
    [InlineData("Server gunicorn (daemon)", "gunicorn", "--daemon", "app:app")]
    [InlineData("Server celery worker", "celery", "-A", "proj", "worker", "-l", "info")]
    [InlineData("Server celery beat", "celery", "--app=proj", "beat")]
    [InlineData("Unknown celery call", "celery", "-A", "proj", "call", "x")]
    [InlineData("Server celery (daemon)", "celery", "multi", "start", "w1")]
    [InlineData("Server caddy run", "caddy", "run", "--config", "/etc/caddy/Caddyfile")]
    [InlineData("Server caddy (daemon)", "caddy", "start")]
    [InlineData("Finite caddy", "caddy", "validate")]
    [InlineData("Server postgres", "postgres", "-c", "max_connections=200")]
    [InlineData("Finite postgres", "postgres", "--version")]
    [InlineData("Server postgres (daemon)", "pg_ctl", "-D", "/data", "start")]
    [InlineData("Finite mysqld", "mysqld", "--initialize-insecure")]
    [InlineData("Server mongod (daemon)", "mongod", "--fork", "--logpath", "/var/log/m.log")]
    [InlineData("Server sidekiq", "sidekiq", "-C", "config/sidekiq.yml")]
    [InlineData("Server rails server", "rails", "server", "-b", "0.0.0.0")]
    [InlineData("Finite rails", "rails", "db:migrate")]
    // Runtimes.
    [InlineData("Runtime node server.js", "node", "server.js")]
    [InlineData("Runtime node dist/main.js", "node", "--enable-source-maps", "-r", "dotenv/config", "dist/main.js")]
    [InlineData("Finite node", "node", "--version")]
    [InlineData("Unknown node", "node", "-e", "console.log(1)")]
    [InlineData("Runtime java -jar app.jar", "java", "-Xmx512m", "-jar", "app.jar")]
    [InlineData("Runtime java com.example.Main", "java", "-cp", "/app/lib/*", "com.example.Main")]
    [InlineData("Finite java", "java", "-version")]
    [InlineData("Runtime dotnet Api.dll", "dotnet", "Api.dll")]
    [InlineData("Finite dotnet", "dotnet", "ef", "database", "update")]
    [InlineData("Runtime python3 app.py", "python3", "app.py")]
    [InlineData("Runtime python3.12 -m myapp", "python3.12", "-u", "-m", "myapp")]
    [InlineData("Server uvicorn", "python", "-m", "uvicorn", "main:app")]
    [InlineData("Finite python", "python", "manage.py", "migrate")]
    [InlineData("Runtime python manage.py runserver", "python", "manage.py", "runserver", "0.0.0.0:8000")]
    [InlineData("Finite python", "python", "-m", "pip", "install", "x")]
    [InlineData("Runtime npm start", "npm", "start")]
    [InlineData("Runtime npm run start:prod", "npm", "run", "start:prod")]
    [InlineData("Finite npm run build", "npm", "run", "build")]
    [InlineData("Finite npm", "npm", "ci")]
    [InlineData("Runtime yarn serve", "yarn", "serve")]
    [InlineData("Runtime php artisan queue:work", "php", "artisan", "queue:work")]
    [InlineData("Finite php artisan migrate", "php", "artisan", "migrate", "--force")]
    // Supervisors.
    [InlineData("Supervisor supervisord", "/usr/bin/supervisord", "-n", "-c", "/etc/supervisord.conf")]
    [InlineData("Finite supervisord", "supervisord", "--version")]
    [InlineData("Supervisor /init", "/init")]
    [InlineData("Supervisor /sbin/my_init", "/sbin/my_init")]
    [InlineData("Supervisor pm2-runtime ecosystem.config.js", "pm2-runtime", "start", "ecosystem.config.js")]
    [InlineData("Supervisor pm2-runtime process.yml", "pm2-runtime", "process.yml")]
    [InlineData("Runtime pm2-runtime app.js", "pm2-runtime", "app.js", "-i", "max")]
    [InlineData("Supervisor pm2 ecosystem.config.js", "pm2", "start", "ecosystem.config.js", "--no-daemon")]
    [InlineData("Finite pm2", "pm2", "logs")]
    [InlineData("Supervisor honcho start", "honcho", "-f", "Procfile", "start")]
    [InlineData("Unknown foreman", "foreman", "run", "web")]
    [InlineData("Supervisor overmind start", "overmind", "s")]
    [InlineData("Supervisor npm-run-all --parallel", "npm-run-all", "--parallel", "api", "worker")]
    [InlineData("Unknown npm-run-all", "npm-run-all", "build", "serve")]
    [InlineData("Supervisor monit", "monit", "-I")]
    [InlineData("Finite monit", "monit", "status")]
    // Keep-alives and waits.
    [InlineData("KeepAlive tail -f /dev/null", "tail", "-f", "/dev/null")]
    [InlineData("KeepAlive tail -n0 -F /var/log/app.log", "tail", "-n0", "-F", "/var/log/app.log")]
    [InlineData("Finite tail -n 5 x", "tail", "-n", "5", "x")]
    [InlineData("KeepAlive sleep infinity", "sleep", "infinity")]
    [InlineData("KeepAlive sleep 365d", "sleep", "365d")]
    [InlineData("Finite sleep", "sleep", "5")]
    // Service managers and init scripts.
    [InlineData("Server nginx (daemon)", "service", "nginx", "start")]
    [InlineData("Finite service", "service", "nginx", "reload")]
    [InlineData("Server ssh (daemon)", "/etc/init.d/ssh", "start")]
    [InlineData("Finite ssh", "/etc/init.d/ssh", "status")]
    // Setup steps and opaque scripts.
    [InlineData("Finite mkdir", "mkdir", "-p", "/x")]
    [InlineData("Finite envsubst", "envsubst")]
    [InlineData("Finite migrate.sh", "./migrate.sh")]
    [InlineData("Unknown ./start.sh", "./start.sh")]
    public void Classifies_commands(string expected, params string[] command)
    {
        Assert.Equal(expected, Classify(command));
    }

    [Theory]
    [InlineData("tini", "--", "nginx")]
    [InlineData("/sbin/tini", "-s", "-g", "--", "nginx")]
    [InlineData("tini", "-sg", "-e", "143", "nginx")]
    [InlineData("dumb-init", "--single-child", "nginx")]
    [InlineData("dumb-init", "-r", "15:3", "nginx")]
    [InlineData("docker-init", "--", "nginx")]
    [InlineData("catatonit", "-g", "--", "nginx")]
    [InlineData("gosu", "www-data", "nginx")]
    [InlineData("su-exec", "nobody:nobody", "nginx")]
    [InlineData("setpriv", "--reuid=1000", "--regid", "1000", "--init-groups", "nginx")]
    [InlineData("chpst", "-u", "www", "-e", "/env", "nginx")]
    [InlineData("chpst", "-uwww", "nginx")]
    [InlineData("s6-setuidgid", "www", "nginx")]
    [InlineData("env", "A=1", "B=2", "nginx")]
    [InlineData("/usr/bin/env", "-i", "-u", "HOME", "PATH=/bin", "nginx")]
    [InlineData("nice", "-n", "10", "nginx")]
    [InlineData("nice", "-5", "nginx")]
    [InlineData("stdbuf", "-oL", "-eL", "nginx")]
    [InlineData("nohup", "nginx")]
    [InlineData("tini", "--", "gosu", "app", "env", "X=1", "nice", "stdbuf", "-o0", "nginx")]
    public void Unwraps_init_and_privilege_drop_wrappers(params string[] command)
    {
        Assert.Equal("Server nginx (daemon)", Classify(command));
    }

    [Fact]
    public void Init_wrappers_are_remembered()
    {
        Assert.True(Analyze("tini", "--", "sh", "-c", "a && nginx").InitWrapped);
        Assert.True(Analyze("dumb-init", "sh", "-c", "a && nginx").InitWrapped);
        Assert.False(Analyze("gosu", "app", "sh", "-c", "a && nginx").InitWrapped);
    }

    [Fact]
    public void A_wrapper_option_that_is_not_known_makes_the_command_opaque()
    {
        Assert.Equal(CommandForm.Opaque, Analyze("tini", "--frobnicate", "nginx").Form);
        Assert.Equal(CommandForm.Opaque, Analyze("env", "-S", "nginx -g x", "y").Form);
    }

    [Theory]
    [InlineData("sh", "-c")]
    [InlineData("/bin/sh", "-c")]
    [InlineData("bash", "-ec")]
    [InlineData("/bin/bash", "-lc")]
    [InlineData("bash", "-xc")]
    [InlineData("bash", "-euxo", "pipefail", "-c")]
    [InlineData("bash", "-e", "-o", "pipefail", "-c")]
    [InlineData("bash", "--login", "-c")]
    [InlineData("ash", "-c")]
    [InlineData("dash", "-c")]
    [InlineData("zsh", "-c")]
    [InlineData("/usr/bin/env", "bash", "-c")]
    [InlineData("busybox", "sh", "-c")]
    [InlineData("tini", "--", "/bin/sh", "-c")]
    [InlineData("su", "-s", "/bin/sh", "www-data", "-c")]
    public void Finds_the_script_of_a_shell(params string[] shell)
    {
        var analysis = Analyze([.. shell, "nginx & php-fpm", "arg0"]);
        Assert.Equal(CommandForm.Shell, analysis.Form);
        Assert.Equal(["Server nginx (daemon) &", "Server php-fpm final"], analysis.Commands.Select(Describe));
    }

    [Fact]
    public void A_shell_running_a_script_file_is_one_unknown_command()
    {
        Assert.Equal("Unknown sh", Classify("sh", "/start.sh"));
        Assert.Equal("Unknown bash", Classify("bash", "-e", "/start.sh"));
    }

    [Fact]
    public void The_script_can_come_from_the_command_after_an_entry_point()
    {
        var analysis = CommandAnalysis.Analyze(new ContainerFacts
        {
            Path = "$.containerDefinitions[0]",
            Name = "web",
            EntryPoint = Words("/bin/sh", "-c"),
            EntryPointGiven = true,
            Command = Words("nginx & php-fpm"),
            CommandGiven = true,
        });
        Assert.Equal(CommandForm.Shell, analysis.Form);
        Assert.Equal(CommandPath, analysis.Path);
    }

    [Fact]
    public void The_path_is_the_entry_point_when_the_script_is_there()
    {
        var analysis = CommandAnalysis.Analyze(new ContainerFacts
        {
            Path = "$.containerDefinitions[0]",
            Name = "web",
            EntryPoint = Words("sh", "-c", "nginx & php-fpm"),
            EntryPointGiven = true,
            Command = Words("ignored"),
            CommandGiven = true,
        });
        Assert.Equal(EntryPointPath, analysis.Path);
    }

    [Fact]
    public void Walks_sequences_backgrounds_pipelines_and_exec()
    {
        Assert.Equal(
            [
                "Finite mkdir &",
                "Server nginx &",
                "Runtime node server.js &",
                "Finite tee &",
                "Server php-fpm final exec",
            ],
            Commands("mkdir -p /run/x && nginx -g 'daemon off;' & node server.js | tee /log & exec php-fpm -F"));
    }

    [Fact]
    public void The_last_command_of_an_or_chain_and_of_if_branches_is_final()
    {
        Assert.Equal(["Server nginx final exec", "Finite echo final"], Commands("exec nginx -g 'daemon off;' || echo failed"));
        Assert.Equal(
            ["Finite [", "Server celery worker final exec", "Server gunicorn final exec"],
            Commands("if [ \"$ROLE\" = worker ]; then exec celery -A app worker; else exec gunicorn app:app; fi"));
    }

    [Fact]
    public void Branches_of_an_if_are_separate_paths()
    {
        var analysis = Analyze("sh", "-c", "if [ -n \"$W\" ]; then exec celery -A a worker; else exec gunicorn a:app; fi");
        var paths = analysis.Paths().Select(p => string.Join(", ", p.Where(ProcessFindings.IsProcess).Select(c => c.Program.Name))).ToArray();
        Assert.Equal(["celery worker", "gunicorn"], paths);
    }

    [Fact]
    public void Endless_sleep_loops_are_keep_alives_but_working_loops_are_not()
    {
        Assert.Equal(["KeepAlive while true; do ...; done final"], Commands("while true; do sleep 60; done"));
        Assert.Equal(["KeepAlive while :; do ...; done final"], Commands("while :; do sleep 1 & wait $!; done"));
        Assert.Equal(["KeepAlive while sleep 3600; do ...; done final"], Commands("while sleep 3600; do :; done"));
        Assert.Equal(["KeepAlive until false; do ...; done final"], Commands("until false; do sleep 5; done"));
        Assert.Equal(["Finite true", "Unknown ./sync", "Finite sleep"], Commands("while true; do ./sync; sleep 60; done"));
    }

    [Fact]
    public void Function_calls_run_the_function_body()
    {
        Assert.Equal(["Server nginx (daemon)", "Server php-fpm final exec"], Commands("start_web() { nginx; }\nstart_web\nexec php-fpm"));
    }

    [Fact]
    public void Nested_shells_are_read_too()
    {
        Assert.Equal(["Server nginx &", "Server php-fpm final"], Commands("sh -c \"nginx -g 'daemon off;' & php-fpm\""));
    }

    [Fact]
    public void Words_with_expansions_are_unknown()
    {
        Assert.Equal(["Unknown $APP final exec"], Commands("exec $APP"));
        Assert.Equal(["Unknown $@ final exec"], Commands("exec \"$@\""));
        // A variable argument cannot prove that nginx detaches.
        Assert.Equal(["Server nginx final"], Commands("nginx $NGINX_OPTS"));
    }

    [Fact]
    public void Redirection_only_exec_is_no_command()
    {
        Assert.Equal(["Server nginx final exec"], Commands("exec > /proc/1/fd/1 2>&1\nexec nginx -g 'daemon off;'"));
    }

    [Fact]
    public void Traps_are_noticed()
    {
        Assert.True(Analyze("sh", "-c", "trap 'kill $PID' TERM; nginx & PID=$!; wait").HasTrap);
    }

    [Fact]
    public void Long_running_commands_expose_their_argv_for_a_split()
    {
        var analysis = Analyze("sh", "-c", "mkdir -p /x && gosu www nginx -g 'daemon off;' & exec php-fpm -F");
        var argv = analysis.LongRunningCommands.Select(c => c.Argv.Select(a => a ?? "<unknown>").ToArray()).ToArray();
        Assert.Equal(2, argv.Length);
        Assert.Equal(["nginx", "-g", "daemon off;"], argv[0]);
        Assert.Equal(["php-fpm", "-F"], argv[1]);
        Assert.Equal("exec php-fpm -F", analysis.LongRunningCommands[1].Text);
    }

    [Fact]
    public void Nothing_given_is_nothing_to_analyse()
    {
        var analysis = CommandAnalysis.Analyze(new ContainerFacts { Path = "$.containerDefinitions[0]", Name = "web" });
        Assert.Equal(CommandForm.None, analysis.Form);
    }

    [Fact]
    public void Unknown_lists_and_words_that_matter_make_the_analysis_opaque()
    {
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts { Command = Words("nginx"), CommandGiven = Fact<bool>.Unknown }).Form);
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts { EntryPointGiven = Fact<bool>.Unknown, Command = Words("nginx"), CommandGiven = true }).Form);
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts
        {
            Command = new FactList<Fact<string>>([Fact<string>.Of("sh"), Fact<string>.Of("-c")], isComplete: false),
            CommandGiven = true,
        }).Form);
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts { Command = Words("sh", "-c", null), CommandGiven = true }).Form);
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts { Command = Words("sh", null, "nginx & php-fpm"), CommandGiven = true }).Form);
        Assert.Equal(CommandForm.Opaque, CommandAnalysis.Analyze(new ContainerFacts { Command = Words("sh", "-c", "nginx & echo 'x"), CommandGiven = true }).Form);
        // An unknown word after the script is one of its positional parameters: it does not matter.
        Assert.Equal(CommandForm.Shell, CommandAnalysis.Analyze(new ContainerFacts { Command = Words("sh", "-c", "nginx & php-fpm", null), CommandGiven = true }).Form);
    }

    [Fact]
    public void Analysing_random_scripts_never_throws()
    {
        var random = new Random(7);
        string[] pieces =
        [
            "nginx", "php-fpm -D", "&", "&&", "||", ";", "\n", "|", "(", ")", "{", "}", "if", "then", "fi", "while", "do", "done",
            "exec", "wait -n", "tail -f /dev/null", "sleep infinity", "f()", "f", "case x in", "a)", ";;", "esac", "sh -c 'a & b'",
            "'", "\"", "$(", "`", "tini --", "gosu u", "service x start", "kill $P", "exit", "for i in 1 2", "true", "until",
        ];
        for (var n = 0; n < 2000; n++)
        {
            var script = string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var analysis = Analyze("sh", "-c", script);
            foreach (var path in analysis.IsAnalysed ? analysis.Paths() : [])
            {
                _ = ProcessFindings.SeveralProcesses(path);
                _ = ProcessFindings.KeepAlive(path);
                _ = ProcessFindings.ShellInFront(analysis, path);
            }
            _ = analysis.LongRunningCommands;
        }
    }
}
