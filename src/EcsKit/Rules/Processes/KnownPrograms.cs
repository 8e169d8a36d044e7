namespace EcsKit.Rules;

/// <summary>
/// The programs the process rules (ECS0020 to ECS0023) know, as data: servers and how they detach, language
/// runtimes, process supervisors, command wrappers, shells, and commands known to finish. Names are matched on the
/// program's file name (<c>/usr/sbin/nginx</c> is <c>nginx</c>); versioned names are normalised first
/// (<c>python3.12</c> is <c>python</c>, <c>php8.2-fpm</c> is <c>php-fpm</c>). Anything not listed is unknown, and the
/// rules treat unknown commands conservatively.
/// </summary>
internal static class KnownPrograms
{
    /// <summary>Shells whose <c>-c</c> script is analysed.</summary>
    public const string Shells = "sh bash ash dash zsh ksh mksh";

    private const string Version = "--version -V --help -h";

    public static readonly ProgramSpec[] Programs =
    {
        // Web servers and proxies.
        new(ProgramKind.Server, "nginx openresty") { Special = ProgramSpecial.Nginx, Finite = Words("-t -T -v -V -h -? -s"), ValueLetters = "cgpes" },
        new(ProgramKind.Server, "httpd apache2") { Special = ProgramSpecial.Httpd, DaemonByDefault = true, Finite = Words("-t -v -V -S -M -L -l -h"), ValueLetters = "dfCcDekE" },
        new(ProgramKind.Server, "apachectl apache2ctl") { Special = ProgramSpecial.Apachectl, Display = "httpd", ValueLetters = "dfCcDekE" },
        new(ProgramKind.Server, "httpd-foreground") { Display = "httpd" },
        new(ProgramKind.Server, "php-fpm") { Finite = Words("-t --test -v --version -i --info -m --modules -h --help"), Daemon = Words("-D --daemonize"), ValueLetters = "cdgpy", ValueOptions = Words("--php-ini --fpm-config --prefix --pid") },
        new(ProgramKind.Server, "lighttpd") { DaemonByDefault = true, Foreground = Words("-D"), Finite = Words("-t -tt -p -v -V -h"), ValueLetters = "fmi" },
        new(ProgramKind.Server, "caddy") { Subcommands = Words("run file-server reverse-proxy respond"), DaemonSubcommands = Words("start"), FiniteSubcommands = Words("version validate fmt adapt hash-password list-modules trust untrust environ build-info reload stop upgrade add-package remove-package storage help completion manpage"), ValueOptions = Words("--config --adapter --envfile --pidfile --address --from --to --listen --root") },
        new(ProgramKind.Server, "traefik") { Finite = Words("version healthcheck --version -h --help") },
        new(ProgramKind.Server, "envoy") { Finite = Words("--version --help -h") },
        new(ProgramKind.Server, "haproxy") { Finite = Words("-c -v -vv -h"), Daemon = Words("-D"), ValueLetters = "fLpCN" },
        new(ProgramKind.Server, "varnishd") { DaemonByDefault = true, Foreground = Words("-F -d"), Finite = Words("-C -V -x -?"), ValueLetters = "abfhinpPrsStTlMjIEJW" },
        new(ProgramKind.Server, "squid") { DaemonByDefault = true, Foreground = Words("-N"), Finite = Words("-k -v -z -h"), ValueLetters = "afklnsuC" },
        new(ProgramKind.Server, "catalina.sh") { Display = "tomcat", Subcommands = Words("run jpda"), DaemonSubcommands = Words("start"), FiniteSubcommands = Words("stop version configtest debug") },

        // Application servers and workers.
        new(ProgramKind.Server, "gunicorn") { Finite = Words("--version -v --check-config --print-config -h --help"), Daemon = Words("-D --daemon"), ValueLetters = "cbwkmtunegp", ValueOptions = Words("--config --bind --workers --worker-class --threads --timeout --pid --user --group --name --chdir --log-level --access-logfile --error-logfile") },
        new(ProgramKind.Server, "uwsgi") { Finite = Words("--version --help -h"), Daemon = Words("--daemonize --daemonize2 -d") },
        new(ProgramKind.Server, "uvicorn hypercorn daphne waitress-serve granian") { Finite = Words("--version --help -h") },
        new(ProgramKind.Server, "puma") { Finite = Words("--version -V --help -h"), Daemon = Words("-d --daemon") },
        new(ProgramKind.Server, "unicorn unicorn_rails") { Finite = Words("--version -v --help -h"), Daemon = Words("-D --daemonize") },
        new(ProgramKind.Server, "thin") { Subcommands = Words("start"), FiniteSubcommands = Words("stop restart config install version"), Daemon = Words("-d --daemonize"), ValueLetters = "aprcCeEPltuSgyYw" },
        new(ProgramKind.Server, "passenger") { Subcommands = Words("start"), FiniteSubcommands = Words("stop status version --version"), Daemon = Words("-d --daemonize") },
        new(ProgramKind.Server, "rails") { Subcommands = Words("server s"), FiniteSubcommands = Words("db:migrate db:prepare db:setup db:create db:seed assets:precompile runner r --version -v") },
        new(ProgramKind.Server, "sidekiq") { Finite = Words("--version -V --help -h"), Daemon = Words("-d --daemon") },
        new(ProgramKind.Server, "celery") { Subcommands = Words("worker beat flower events"), DaemonSubcommands = Words("multi"), Daemon = Words("-D --detach"), Finite = Words("--version --help"), ValueLetters = "Ab", ValueOptions = Words("--app --broker --result-backend --loader --config --workdir") },
        new(ProgramKind.Server, "rq") { Subcommands = Words("worker worker-pool") },
        new(ProgramKind.Server, "dramatiq huey_consumer rqworker") { Finite = Words("--version --help -h") },
        new(ProgramKind.Server, "flower") { Finite = Words("--version --help") },

        // Databases, caches and brokers.
        new(ProgramKind.Server, "postgres postmaster") { Finite = Words("--version -V --help -? -C --describe-config --single --boot --check") , ValueLetters = "BcCdDhkNprSs" },
        new(ProgramKind.Server, "pg_ctl pg_ctlcluster") { Display = "postgres", Subcommands = Words("run"), DaemonSubcommands = Words("start restart"), FiniteSubcommands = Words("stop status reload promote kill init initdb logrotate"), ValueLetters = "DlmoptcsNUPSe", ValueOptions = Words("--pgdata --log --mode --options --timeout") },
        new(ProgramKind.Server, "mysqld mariadbd mysqld_safe mariadbd-safe") { Finite = Words("--version -V --help -? --initialize --initialize-insecure --validate-config --bootstrap") },
        new(ProgramKind.Server, "mongod mongos") { Finite = Words("--version --help -h --repair --sysinfo"), Stop = Words("--shutdown"), Daemon = Words("--fork") },
        new(ProgramKind.Server, "redis-server valkey-server keydb-server redis-sentinel") { Special = ProgramSpecial.Redis, Finite = Words("--version -v --help -h --test-memory --check-system") },
        new(ProgramKind.Server, "memcached") { Finite = Words("-V --version -h --help"), Daemon = Words("-d --daemon") },
        new(ProgramKind.Server, "rabbitmq-server") { SingleDashOptions = true, Daemon = Words("-detached") },
        new(ProgramKind.Server, "elasticsearch opensearch") { Finite = Words("--version -V --help -h"), Daemon = Words("-d --daemonize") },
        new(ProgramKind.Server, "cassandra") { DaemonByDefault = true, Foreground = Words("-f"), Finite = Words("-v -h") },
        new(ProgramKind.Server, "kafka-server-start.sh kafka-server-start zookeeper-server-start.sh zookeeper-server-start") { SingleDashOptions = true, Daemon = Words("-daemon") },
        new(ProgramKind.Server, "zkServer.sh") { Display = "zookeeper", Subcommands = Words("start-foreground"), DaemonSubcommands = Words("start restart"), FiniteSubcommands = Words("stop status version print-cmd") },
        new(ProgramKind.Server, "nats-server etcd influxd clickhouse-server") { Finite = Words("--version -v --help -h") },
        new(ProgramKind.Server, "mosquitto") { Finite = Words("-h --help"), Daemon = Words("-d --daemon"), ValueLetters = "cp" },
        new(ProgramKind.Server, "minio") { Subcommands = Words("server gateway") },
        new(ProgramKind.Server, "consul nomad") { Subcommands = Words("agent") },
        new(ProgramKind.Server, "vault") { Subcommands = Words("server agent proxy") },

        // System daemons.
        new(ProgramKind.Server, "sshd") { DaemonByDefault = true, Foreground = Words("-D -d"), Finite = Words("-t -T -V -?"), ValueLetters = "bCcEfghkoOpu" },
        new(ProgramKind.Server, "dropbear") { DaemonByDefault = true, Foreground = Words("-F -E"), Finite = Words("-V -h"), ValueLetters = "bcrpPKIWTa" },
        new(ProgramKind.Server, "cron") { DaemonByDefault = true, Foreground = Words("-f"), ValueLetters = "Lx" },
        new(ProgramKind.Server, "crond") { DaemonByDefault = true, Foreground = Words("-f -n"), ValueLetters = "lLdcmxpP" },
        new(ProgramKind.Server, "supercronic go-crond") { SingleDashOptions = true, Finite = Words("-test -version -h") },
        new(ProgramKind.Server, "atd") { DaemonByDefault = true, Foreground = Words("-f -d"), ValueLetters = "lbq" },
        new(ProgramKind.Server, "rsyslogd") { DaemonByDefault = true, Foreground = Words("-n"), Finite = Words("-v -N"), ValueLetters = "fiMNoSTx" },
        new(ProgramKind.Server, "syslog-ng") { DaemonByDefault = true, Foreground = Words("-F --foreground"), Finite = Words("-V --version -s --syntax-only -h --help"), ValueLetters = "fpRuvCg" },
        new(ProgramKind.Server, "syslogd") { DaemonByDefault = true, Foreground = Words("-n"), ValueLetters = "OslRfa" },
        new(ProgramKind.Server, "dnsmasq") { DaemonByDefault = true, Foreground = Words("-k --keep-in-foreground -d --no-daemon"), Finite = Words("--test -v --version -w --help") },
        new(ProgramKind.Server, "named") { DaemonByDefault = true, Foreground = Words("-f -g"), Finite = Words("-v -V -h"), ValueLetters = "cCdEnmpsStUuX" },
        new(ProgramKind.Server, "unbound") { DaemonByDefault = true, Foreground = Words("-d"), Finite = Words("-V -h"), ValueLetters = "c" },
        new(ProgramKind.Server, "dovecot") { DaemonByDefault = true, Foreground = Words("-F"), Finite = Words("--version --build-options -n -a --help"), ValueLetters = "c" },
        new(ProgramKind.Server, "postfix") { Subcommands = Words("start-fg"), DaemonSubcommands = Words("start"), FiniteSubcommands = Words("stop reload check status set-permissions abort flush upgrade-configuration") },
        new(ProgramKind.Server, "vsftpd xinetd") { SingleDashOptions = true, Finite = Words("-v -version") },
        new(ProgramKind.Server, "proftpd") { DaemonByDefault = true, Foreground = Words("-n --nodaemon"), Finite = Words("-t -v -V -l -h") },
        new(ProgramKind.Server, "dockerd containerd") { Finite = Words("--version -v --help -h") },

        // Observability agents.
        new(ProgramKind.Server, "prometheus alertmanager node_exporter grafana-server fluentd fluent-bit td-agent-bit vector filebeat metricbeat telegraf otelcol otelcol-contrib promtail loki tempo jaeger-all-in-one") { SingleDashOptions = true, Finite = Words("--version -version -V --help -h --dry-run -dry-run") },
        new(ProgramKind.Server, "grafana") { Subcommands = Words("server") },

        // Language runtimes and launchers: long-running at the end of a script or in the background.
        new(ProgramKind.Runtime, "node nodejs") { Special = ProgramSpecial.Node },
        new(ProgramKind.Runtime, "java") { Special = ProgramSpecial.Java },
        new(ProgramKind.Runtime, "dotnet") { Special = ProgramSpecial.Dotnet },
        new(ProgramKind.Runtime, "python pypy") { Special = ProgramSpecial.Python },
        new(ProgramKind.Runtime, "ruby") { Special = ProgramSpecial.Ruby },
        new(ProgramKind.Runtime, "php") { Special = ProgramSpecial.Php },
        new(ProgramKind.Runtime, "npm yarn pnpm bun") { Special = ProgramSpecial.PackageManager },
        new(ProgramKind.Runtime, "deno") { Special = ProgramSpecial.Deno },
        new(ProgramKind.Runtime, "flask streamlit") { Subcommands = Words("run") },
        new(ProgramKind.Runtime, "jupyter") { Subcommands = Words("notebook lab server") },

        // Process supervisors (ECS0021).
        new(ProgramKind.Supervisor, "supervisord") { Finite = Words("-v --version -h --help") },
        new(ProgramKind.Supervisor, "s6-svscan runsvdir my_init circusd systemd multirun s6-rc-init") { Finite = Words(Version) },
        new(ProgramKind.Supervisor, "monit") { Special = ProgramSpecial.Monit, Finite = Words("-t -V -h -H"), ValueLetters = "cdgilps" },
        new(ProgramKind.Supervisor, "pm2 pm2-runtime pm2-docker pm2-dev") { Special = ProgramSpecial.Pm2 },
        new(ProgramKind.Supervisor, "honcho foreman forego overmind") { Special = ProgramSpecial.Procfile, ValueLetters = "fedpsl", ValueOptions = Words("--procfile --env --app-root --root --port --formation --socket") },
        new(ProgramKind.Supervisor, "hivemind") { Finite = Words(Version) },
        new(ProgramKind.Supervisor, "concurrently") { Finite = Words("--version -v --help -h") },
        new(ProgramKind.Supervisor, "npm-run-all npm-run-all2") { Special = ProgramSpecial.NpmRunAll },
        new(ProgramKind.Supervisor, "run-p") { Finite = Words(Version) },
    };

    /// <summary>Programs whose path alone names a supervisor, as written (s6-overlay's /init, an init system).</summary>
    public const string SupervisorPaths = "/init /sbin/init /usr/sbin/init /lib/systemd/systemd /usr/lib/systemd/systemd /sbin/my_init";

    /// <summary>Programs that start a system service in the background and return (<c>service nginx start</c>).</summary>
    public const string ServiceManagers = "service rc-service invoke-rc.d";

    /// <summary>Actions of <c>service X ...</c> and <c>/etc/init.d/X ...</c> that start the daemon.</summary>
    public const string ServiceStartActions = "start restart force-reload try-restart";

    /// <summary>Actions of <c>service X ...</c>, <c>/etc/init.d/X ...</c> and <c>pg_ctl ...</c> that stop the daemon.</summary>
    public const string ServiceStopActions = "stop force-stop graceful-stop";

    /// <summary>Directories of init scripts (<c>/etc/init.d/nginx start</c>).</summary>
    public const string InitScriptDirectories = "/etc/init.d/ /etc/rc.d/init.d/ /etc/rc.d/";

    /// <summary>Builtins that wait for background jobs.</summary>
    public const string WaitCommands = "wait fg";

    public static readonly WrapperSpec[] Wrappers =
    {
        new(WrapperKind.Init, "tini tini-static docker-init") { FlagLetters = "hsvwgl", ValueLetters = "pe" },
        new(WrapperKind.Init, "dumb-init") { FlagLetters = "cvVh", ValueLetters = "r", Flags = Words("--single-child --verbose --version --help"), Values = Words("--rewrite") },
        new(WrapperKind.Init, "catatonit") { FlagLetters = "ghLpPv" },
        new(WrapperKind.Exec, "exec") { FlagLetters = "cl", ValueLetters = "a" },
        new(WrapperKind.Plain, "gosu su-exec s6-setuidgid s6-envdir") { Operands = 1 },
        new(WrapperKind.Plain, "setpriv")
        {
            FlagLetters = "dhV",
            Flags = Words("--init-groups --clear-groups --keep-groups --no-new-privs --nnp --reset-env --dump --help --version"),
            Values = Words("--reuid --regid --ruid --rgid --euid --egid --groups --inh-caps --ambient-caps --bounding-set --securebits --pdeathsig --selinux-label --apparmor-profile --landlock-access --landlock-rule --seccomp-filter --ptracer"),
        },
        new(WrapperKind.Plain, "chpst") { FlagLetters = "P012v", ValueLetters = "uUbe/nlLmdopfc" },
        new(WrapperKind.Plain, "env") { FlagLetters = "i0v", ValueLetters = "uC", Flags = Words("- --ignore-environment --null --debug"), Values = Words("--unset --chdir"), Assignments = true },
        new(WrapperKind.Plain, "nice") { ValueLetters = "n", Values = Words("--adjustment"), NumericFlags = true },
        new(WrapperKind.Plain, "ionice") { FlagLetters = "t", ValueLetters = "cnp", Values = Words("--class --classdata") },
        new(WrapperKind.Plain, "stdbuf") { ValueLetters = "ioe", Values = Words("--input --output --error") },
        new(WrapperKind.Plain, "nohup with-contenv ddtrace-run busybox") { },
        new(WrapperKind.Plain, "time") { FlagLetters = "p" },
        new(WrapperKind.Plain, "command") { FlagLetters = "p" },
        new(WrapperKind.Plain, "sudo") { FlagLetters = "EHnPSkAB", ValueLetters = "ugCDprTU", Values = Words("--user --group --chdir --prompt --role --type") },
        new(WrapperKind.Plain, "npx") { FlagLetters = "yq", ValueLetters = "p", Flags = Words("--yes --no --quiet --no-install"), Values = Words("--package") },
        new(WrapperKind.Plain, "bundle") { Subcommand = "exec" },
        new(WrapperKind.Plain, "newrelic-admin") { Subcommand = "run-program" },
        new(WrapperKind.Plain, "dockerize")
        {
            Flags = Words("-poll -no-overwrite"),
            Values = Words("-wait -template -timeout -stdout -stderr -delims -wait-retry-interval -wait-http-header"),
        },
        new(WrapperKind.Plain, "wait-for-it wait-for-it.sh wait-for wait-for.sh") { CommandAfterDashDash = true },
    };

    /// <summary>Commands known to finish: setup steps, file tools, package managers, database clients, migration tools, shell builtins.</summary>
    public static readonly string[] FiniteCommands =
    {
        // Shell builtins and tests.
        ": true false [ [[ (( test echo printf cd pushd popd export set unset umask ulimit trap shift local declare typeset readonly alias unalias hash type let read getopts exit return break continue jobs kill times",
        // Files and text.
        "mkdir cp mv rm rmdir ln chmod chown chgrp touch cat sed awk gawk mawk grep egrep fgrep envsubst find ls stat id whoami date printenv mktemp dirname basename realpath readlink sort uniq head cut tr wc tee jq yq base64 md5sum sha256sum cmp diff patch install dd truncate sync tar gzip gunzip zcat unzip zip xz bzip2 rsync which nproc uname hostname df du free logger",
        // Users, packages, certificates.
        "useradd groupadd adduser addgroup usermod passwd chpasswd htpasswd apt-get apt apk yum dnf microdnf pip pip3 composer gem update-ca-certificates ssh-keygen ssh-keyscan openssl setcap ldconfig locale-gen update-alternatives crontab",
        // Network clients.
        "curl wget ping nslookup dig getent scp git aws gsutil az gcloud",
        // Database clients and migration tools.
        "psql pg_isready pg_dump pg_restore createdb initdb mysql mysqladmin mysql_upgrade redis-cli mongo mongosh sqlite3 alembic flyway liquibase migrate goose dbmate prisma sequelize knex typeorm sqlx diesel",
        // Signals and processes.
        "pkill killall pgrep ps timeout sleep supervisorctl s6-svc sv",
    };

    private static string[] Words(string text) => ProgramSpec.Words(text);
}
