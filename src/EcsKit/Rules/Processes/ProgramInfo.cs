namespace EcsKit.Rules;

/// <summary>What a command does to the container's life, as far as its name and arguments tell.</summary>
internal enum ProgramKind
{
    /// <summary>Known to finish on its own: setup steps (mkdir, cp, envsubst, migrations, ...), config tests, version queries.</summary>
    Finite,

    /// <summary>Nothing known about it (a script of the image, a variable, a program not in the lists): rules stay conservative.</summary>
    Unknown,

    /// <summary>A program made to run as a long-lived server or daemon (nginx, php-fpm, gunicorn, redis-server, sshd, cron, ...).</summary>
    Server,

    /// <summary>
    /// A language runtime or launcher running an application (node app.js, java -jar, dotnet App.dll, python app.py,
    /// npm start): long-running when it is the last command or runs in the background; a step followed by another
    /// command (node migrate.js &amp;&amp; node server.js) is taken as finite.
    /// </summary>
    Runtime,

    /// <summary>A process supervisor that starts and restarts several programs (supervisord, s6-svscan, pm2 with an ecosystem file, ...).</summary>
    Supervisor,

    /// <summary>A command that only keeps the container alive: tail -f, sleep infinity, an endless sleep loop.</summary>
    KeepAlive,

    /// <summary>wait, wait -n, fg: waits for background jobs.</summary>
    Wait,
}

/// <summary>The classification of one command.</summary>
internal sealed class ProgramInfo
{
    public ProgramInfo(ProgramKind kind, string name, bool daemonizes = false, string? stops = null)
    {
        Kind = kind;
        Name = name;
        Daemonizes = daemonizes;
        Stops = stops;
    }

    public ProgramKind Kind { get; }

    /// <summary>How messages name it, such as <c>nginx</c>, <c>celery worker</c>, <c>java -jar app.jar</c> or <c>./start.sh</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// True when the command is known to detach a daemon and return (nginx without <c>daemon off;</c>, php-fpm -D,
    /// service X start, ...): the daemon keeps running behind the shell's back.
    /// </summary>
    public bool Daemonizes { get; }

    /// <summary>
    /// The daemon this command stops (service nginx stop, pg_ctl stop, mongod --shutdown, pkill node): a daemon
    /// started earlier for a setup step is then no longer running. Empty for <c>kill</c> of a process not named
    /// (<c>kill $PID</c>); null when it stops nothing.
    /// </summary>
    public string? Stops { get; }

    public override string ToString() => Kind + " " + Name + (Daemonizes ? " (daemon)" : "");
}
