using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace EcsKit.Rules;

/// <summary>
/// Classifies one command (after its wrappers) from its name and arguments, using the tables of
/// <see cref="KnownPrograms"/>. Arguments are values (null when unknown) with the text to show for each.
/// </summary>
internal static class ProgramClassifier
{
    private static readonly Regex PhpFpm = new("^php[0-9.]*-fpm[0-9.]*$", RegexOptions.CultureInvariant);

    private static readonly Regex Versioned = new("^(python|pypy|ruby|php|node|java)[0-9.]+$", RegexOptions.CultureInvariant);

    private static readonly Regex DaemonOff = new(@"(^|[;\s])daemon\s+off\s*(;|$)", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> ServiceManagers = Set(KnownPrograms.ServiceManagers);

    private static readonly HashSet<string> StartActions = Set(KnownPrograms.ServiceStartActions);

    private static readonly HashSet<string> StopActions = Set(KnownPrograms.ServiceStopActions);

    private static readonly string[] KillQueries = { "-0", "-l", "-L", "--list" };

    private static readonly HashSet<string> SupervisorPaths = Set(KnownPrograms.SupervisorPaths);

    private static readonly HashSet<string> WaitCommands = Set(KnownPrograms.WaitCommands);

    private static readonly string[] TailFollow = { "-f", "-F", "--follow" };

    private static readonly string[] RubyFinite = { "-v", "--version", "-h", "--help", "-c" };

    private static readonly string[] RubyInline = { "-e" };

    private static readonly string[] InitScriptDirectories = ProgramSpec.Words(KnownPrograms.InitScriptDirectories);

    /// <summary>The file name of a program path (<c>/usr/sbin/nginx</c> is <c>nginx</c>).</summary>
    public static string Basename(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? path.Substring(slash + 1) : path;
    }

    /// <summary>The table name of a program: versions dropped (<c>python3.12</c> is <c>python</c>, <c>php8.2-fpm</c> is <c>php-fpm</c>).</summary>
    public static string Normalize(string basename)
    {
        if (PhpFpm.IsMatch(basename))
        {
            return "php-fpm";
        }
        var versioned = Versioned.Match(basename);
        return versioned.Success ? versioned.Groups[1].Value : basename;
    }

    public static ProgramInfo Classify(IReadOnlyList<string?> values, IReadOnlyList<string> display, int start)
    {
        var written = values[start];
        if (written is null)
        {
            return new ProgramInfo(ProgramKind.Unknown, display[start]);
        }
        var name = Basename(written);
        var key = Normalize(name);
        var args = new Slice<string?>(values, start + 1);
        var shown = new Slice<string>(display, start + 1);

        switch (key)
        {
            case "tail":
                return Tail(args, display, start);
            case "sleep":
                return Sleep(args, display, start);
        }
        if (Stopper(key, args) is { } stopper)
        {
            return stopper;
        }
        if (WaitCommands.Contains(key))
        {
            return new ProgramInfo(ProgramKind.Wait, key + (ProcessOptions.Has(args, 0, "-n", "") ? " -n" : ""));
        }
        if (ServiceManagers.Contains(key))
        {
            return Service(args, shown);
        }
        foreach (var directory in InitScriptDirectories)
        {
            if (written.StartsWith(directory, StringComparison.Ordinal) && written.Length > directory.Length)
            {
                if (args.Count == 0)
                {
                    return new ProgramInfo(ProgramKind.Finite, name);
                }
                return args[0] is not { } action ? new ProgramInfo(ProgramKind.Unknown, name)
                    : StartActions.Contains(action) ? new ProgramInfo(ProgramKind.Server, name, daemonizes: true)
                    : new ProgramInfo(ProgramKind.Finite, name, stops: StopActions.Contains(action) ? name : null);
            }
        }
        if (SupervisorPaths.Contains(written))
        {
            return new ProgramInfo(ProgramKind.Supervisor, written);
        }
        if (ProgramTables.Program(key) is { } spec)
        {
            return FromSpec(spec, key, name, args, shown);
        }
        // A relative path (./sync) is a script of the image, not the system command of that name.
        var relative = ProcessText.HasChar(written, '/') && written[0] != '/';
        if ((ProgramTables.IsFinite(key) && !relative) || ProcessText.HasText(key, "migrat"))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        return new ProgramInfo(ProgramKind.Unknown, display[start]);
    }

    private static ProgramInfo Tail(Slice<string?> args, IReadOnlyList<string> display, int start)
    {
        var text = Join(display, start);
        if (ProcessOptions.Values(args, 0, "--pid").Count > 0)
        {
            // tail --pid=N -f ... ends with that process: a way of waiting for it.
            return new ProgramInfo(ProgramKind.Wait, "tail --pid");
        }
        var follows = ProcessOptions.HasAny(args, 0, TailFollow, "ncs");
        if (follows)
        {
            return new ProgramInfo(ProgramKind.KeepAlive, text);
        }
        return new ProgramInfo(ProcessOptions.AnyUnknown(args, 0) ? ProgramKind.Unknown : ProgramKind.Finite, text);
    }

    private static ProgramInfo Sleep(Slice<string?> args, IReadOnlyList<string> display, int start)
    {
        var text = Join(display, start);
        double seconds = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                return new ProgramInfo(ProgramKind.Finite, "sleep");
            }
            if (arg.StartsWith("inf", StringComparison.OrdinalIgnoreCase))
            {
                return new ProgramInfo(ProgramKind.KeepAlive, text);
            }
            var unit = arg.Length > 0 ? arg[arg.Length - 1] : ' ';
            var factor = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 0 };
            var number = factor == 0 ? arg : arg.Substring(0, arg.Length - 1);
            if (double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                seconds += value * (factor == 0 ? 1 : factor);
            }
        }
        // A day or more is no pause: it is there to keep the container up.
        return new ProgramInfo(seconds >= 86400 ? ProgramKind.KeepAlive : ProgramKind.Finite, seconds >= 86400 ? text : "sleep");
    }

    /// <summary>kill, pkill, killall, redis-cli shutdown, mysqladmin shutdown: finite commands that stop a daemon; null for other commands.</summary>
    private static ProgramInfo? Stopper(string key, Slice<string?> args)
    {
        switch (key)
        {
            case "kill":
                // kill -0 tests that a process lives; kill -l lists signals.
                return ProcessOptions.HasAny(args, 0, KillQueries, "", combined: false)
                    ? new ProgramInfo(ProgramKind.Finite, key)
                    : new ProgramInfo(ProgramKind.Finite, key, stops: "");
            case "pkill" or "killall":
                var target = args.Count > 0 ? args[args.Count - 1] : null;
                return new ProgramInfo(ProgramKind.Finite, key, stops: target is null || (target.Length > 0 && target[0] == '-') ? "" : Basename(target));
            case "redis-cli" or "valkey-cli":
                return args.Any(a => a is not null && a.Equals("shutdown", StringComparison.OrdinalIgnoreCase))
                    ? new ProgramInfo(ProgramKind.Finite, key, stops: "redis") : null;
            case "mysqladmin" or "mariadb-admin":
                return args.Any(a => a == "shutdown") ? new ProgramInfo(ProgramKind.Finite, key, stops: "mysql") : null;
            default:
                return null;
        }
    }

    private static ProgramInfo Service(Slice<string?> args, Slice<string> shown)
    {
        // service [options] NAME ACTION
        var first = ProcessOptions.FirstOperand(args, 0, "", Array.Empty<string>());
        if (first == ProcessOptions.None)
        {
            return new ProgramInfo(ProgramKind.Finite, "service");
        }
        if (first == ProcessOptions.UnknownOperand || first + 1 >= args.Count || args[first + 1] is null)
        {
            return new ProgramInfo(ProgramKind.Unknown, "service");
        }
        var action = args[first + 1]!;
        return StartActions.Contains(action)
            ? new ProgramInfo(ProgramKind.Server, shown[first], daemonizes: true)
            : new ProgramInfo(ProgramKind.Finite, "service", stops: StopActions.Contains(action) ? shown[first] : null);
    }

    private static ProgramInfo FromSpec(ProgramSpec spec, string key, string name, Slice<string?> args, Slice<string> shown)
    {
        var display = spec.Display ?? key;
        var combined = !spec.SingleDashOptions;
        if (ProcessOptions.HasAny(args, 0, spec.Stop, spec.ValueLetters, combined)
            || (spec.Special == ProgramSpecial.Nginx && ProcessOptions.Values(args, 0, "-s").Any(v => v is "stop" or "quit")))
        {
            return new ProgramInfo(ProgramKind.Finite, display, stops: display);
        }
        if (ProcessOptions.HasAny(args, 0, spec.Finite, spec.ValueLetters, combined))
        {
            return new ProgramInfo(ProgramKind.Finite, display);
        }
        switch (spec.Special)
        {
            case ProgramSpecial.Nginx:
                return Nginx(name, args);
            case ProgramSpecial.Redis:
                return new ProgramInfo(ProgramKind.Server, name, Redis(args));
            case ProgramSpecial.Httpd:
                return Httpd(name, args);
            case ProgramSpecial.Apachectl:
                return Apachectl(name, args);
            case ProgramSpecial.Node:
                return Node(name, args, shown);
            case ProgramSpecial.Java:
                return Java(name, args, shown);
            case ProgramSpecial.Dotnet:
                return Dotnet(name, args, shown);
            case ProgramSpecial.Python:
                return Python(name, args, shown);
            case ProgramSpecial.Ruby:
                return Script(name, args, shown, finite: RubyFinite, inline: RubyInline, valueLetters: "IrCE");
            case ProgramSpecial.Php:
                return Php(name, args, shown);
            case ProgramSpecial.PackageManager:
                return PackageManager(name, args, shown);
            case ProgramSpecial.Deno:
                return Deno(name, args, shown);
            case ProgramSpecial.Pm2:
                return Pm2(name, args, shown);
            case ProgramSpecial.NpmRunAll:
                return ProcessOptions.Has(args, 0, "-p", "", combined: false) || ProcessOptions.Has(args, 0, "--parallel", "")
                    ? new ProgramInfo(ProgramKind.Supervisor, name + " --parallel")
                    : new ProgramInfo(ProcessOptions.HasAny(args, 0, ProgramSpec.Words("-v --version -h --help"), "") ? ProgramKind.Finite : ProgramKind.Unknown, name);
            case ProgramSpecial.Procfile:
                return Procfile(spec, name, args);
            case ProgramSpecial.Monit:
                var operand = ProcessOptions.FirstOperand(args, 0, spec.ValueLetters, spec.ValueOptions);
                return operand == ProcessOptions.None ? new ProgramInfo(ProgramKind.Supervisor, name)
                    : new ProgramInfo(operand == ProcessOptions.UnknownOperand ? ProgramKind.Unknown : ProgramKind.Finite, name);
        }

        if (spec.Subcommands is not null || spec.DaemonSubcommands.Length > 0 || spec.FiniteSubcommands.Length > 0)
        {
            var index = ProcessOptions.FirstOperand(args, 0, spec.ValueLetters, spec.ValueOptions);
            if (index == ProcessOptions.UnknownOperand || (index == ProcessOptions.None && spec.Subcommands is not null))
            {
                return new ProgramInfo(ProgramKind.Unknown, display);
            }
            if (index >= 0)
            {
                var subcommand = args[index]!;
                if (Array.IndexOf(spec.DaemonSubcommands, subcommand) >= 0)
                {
                    return new ProgramInfo(spec.Kind, display, daemonizes: true);
                }
                if (Array.IndexOf(spec.FiniteSubcommands, subcommand) >= 0)
                {
                    return new ProgramInfo(ProgramKind.Finite, display, stops: StopActions.Contains(subcommand) ? display : null);
                }
                if (spec.Subcommands is not null)
                {
                    if (Array.IndexOf(spec.Subcommands, subcommand) < 0)
                    {
                        return new ProgramInfo(ProgramKind.Unknown, display + " " + subcommand);
                    }
                    display += " " + subcommand;
                }
            }
        }
        return new ProgramInfo(spec.Kind, display, Detaches(spec, args, combined));
    }

    /// <summary>Whether a server is proven to detach: by default unless a foreground option is given (and no unknown word could be one), or with a daemon option.</summary>
    private static bool Detaches(ProgramSpec spec, Slice<string?> args, bool combined)
    {
        if (spec.DaemonByDefault)
        {
            return !ProcessOptions.HasAny(args, 0, spec.Foreground, spec.ValueLetters, combined) && !ProcessOptions.AnyUnknown(args, 0);
        }
        return ProcessOptions.HasAny(args, 0, spec.Daemon, spec.ValueLetters, combined);
    }

    private static ProgramInfo Nginx(string name, Slice<string?> args)
    {
        var foreground = false;
        foreach (var directives in ProcessOptions.Values(args, 0, "-g"))
        {
            if (directives is null)
            {
                return new ProgramInfo(ProgramKind.Server, name);
            }
            foreground |= DaemonOff.IsMatch(directives);
        }
        return new ProgramInfo(ProgramKind.Server, name, daemonizes: !foreground && !ProcessOptions.AnyUnknown(args, 0));
    }

    private static bool Redis(Slice<string?> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == "--daemonize" && args[i + 1] is { } value && value.Equals("yes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ProgramInfo Httpd(string name, Slice<string?> args)
    {
        foreach (var signal in ProcessOptions.Values(args, 0, "-k"))
        {
            if (signal is null)
            {
                return new ProgramInfo(ProgramKind.Unknown, name);
            }
            if (signal != "start")
            {
                return new ProgramInfo(ProgramKind.Finite, name);
            }
        }
        var foreground = ProcessOptions.Has(args, 0, "-X", "dfCcDekE")
            || ProcessOptions.Values(args, 0, "-D").Any(v => v is "FOREGROUND" or "NO_DETACH");
        return new ProgramInfo(ProgramKind.Server, name, daemonizes: !foreground && !ProcessOptions.AnyUnknown(args, 0));
    }

    private static ProgramInfo Apachectl(string name, Slice<string?> args)
    {
        var server = name.StartsWith("apache2", StringComparison.Ordinal) ? "apache2" : "httpd";
        var actions = ProcessOptions.Values(args, 0, "-k");
        var operand = ProcessOptions.FirstOperand(args, 0, "dfCcDekE", Array.Empty<string>());
        if (operand == ProcessOptions.UnknownOperand || actions.Any(a => a is null))
        {
            return new ProgramInfo(ProgramKind.Unknown, server);
        }
        if (operand >= 0)
        {
            actions.Add(args[operand]);
        }
        if (actions.Count == 0)
        {
            // apachectl -D FOREGROUND, or no action: the arguments go to httpd, which detaches unless told otherwise.
            var foreground = ProcessOptions.Values(args, 0, "-D").Any(v => v is "FOREGROUND" or "NO_DETACH");
            return new ProgramInfo(ProgramKind.Server, server, daemonizes: !foreground && !ProcessOptions.AnyUnknown(args, 0));
        }
        return actions[0] is "start" or "restart" or "graceful"
            ? new ProgramInfo(ProgramKind.Server, server, daemonizes: true)
            : new ProgramInfo(ProgramKind.Finite, server, stops: actions[0] is "stop" or "graceful-stop" ? server : null);
    }

    private static ProgramInfo Node(string name, Slice<string?> args, Slice<string> shown) =>
        Script(name, args, shown,
            finite: ProgramSpec.Words("-v --version -h --help -c --check --test --run"),
            inline: ProgramSpec.Words("-e --eval -p --print -i --interactive"),
            valueLetters: "r",
            valueOptions: ProgramSpec.Words("--require --import --loader --experimental-loader --env-file --title --inspect-port --conditions"));

    /// <summary>An interpreter running a script named by its first operand.</summary>
    private static ProgramInfo Script(string name, Slice<string?> args, Slice<string> shown, string[] finite, string[] inline, string valueLetters, string[]? valueOptions = null)
    {
        if (ProcessOptions.HasAny(args, 0, finite, valueLetters, combined: false))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        if (ProcessOptions.HasAny(args, 0, inline, valueLetters, combined: false))
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var index = ProcessOptions.FirstOperand(args, 0, valueLetters, valueOptions ?? Array.Empty<string>());
        return index >= 0 ? new ProgramInfo(ProgramKind.Runtime, name + " " + shown[index]) : new ProgramInfo(ProgramKind.Unknown, name);
    }

    private static ProgramInfo Java(string name, Slice<string?> args, Slice<string> shown)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                return new ProgramInfo(ProgramKind.Unknown, name);
            }
            switch (arg)
            {
                case "-version" or "--version" or "-help" or "--help" or "-h" or "-?" or "-fullversion" or "--dry-run":
                    return new ProgramInfo(ProgramKind.Finite, name);
                case "-jar" or "-m" or "--module":
                    return i + 1 < args.Count ? new ProgramInfo(ProgramKind.Runtime, name + " " + arg + " " + shown[i + 1]) : new ProgramInfo(ProgramKind.Unknown, name);
                case "-cp" or "-classpath" or "--class-path" or "-p" or "--module-path" or "--add-modules" or "--add-opens" or "--add-exports" or "--add-reads" or "--patch-module" or "--upgrade-module-path" or "--limit-modules":
                    i++;
                    continue;
            }
            if (arg.Length > 0 && arg[0] != '-')
            {
                return new ProgramInfo(ProgramKind.Runtime, name + " " + shown[i]);
            }
        }
        return new ProgramInfo(ProgramKind.Unknown, name);
    }

    private static ProgramInfo Dotnet(string name, Slice<string?> args, Slice<string> shown)
    {
        var index = ProcessOptions.FirstOperand(args, 0, "", Array.Empty<string>());
        if (ProcessOptions.HasAny(args, 0, ProgramSpec.Words("--info --version --list-sdks --list-runtimes -h --help -?"), "", combined: false))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        if (index < 0)
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var operand = args[index]!;
        if (operand.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return new ProgramInfo(ProgramKind.Runtime, name + " " + shown[index]);
        }
        if (operand is "run" or "exec" or "watch")
        {
            return new ProgramInfo(ProgramKind.Runtime, name + " " + operand);
        }
        return Array.IndexOf(DotnetFinite, operand) >= 0 ? new ProgramInfo(ProgramKind.Finite, name) : new ProgramInfo(ProgramKind.Unknown, name + " " + operand);
    }

    private static readonly string[] DotnetFinite = ProgramSpec.Words(
        "build restore publish test ef tool new nuget pack clean format sln add remove list msbuild workload dev-certs user-secrets vstest store sdk help");

    private static readonly string[] PythonFiniteModules = ProgramSpec.Words("pip venv ensurepip compileall py_compile pytest unittest json.tool alembic");

    private static readonly string[] PythonServerModules = ProgramSpec.Words("gunicorn uvicorn celery hypercorn daphne flask streamlit");

    private static readonly string[] DjangoFinite = ProgramSpec.Words(
        "migrate collectstatic compilemessages createsuperuser makemigrations check loaddata dumpdata createcachetable showmigrations sqlmigrate test shell dbshell");

    private static ProgramInfo Python(string name, Slice<string?> args, Slice<string> shown)
    {
        const string valueLetters = "WXQ";
        if (ProcessOptions.HasAny(args, 0, ProgramSpec.Words("-V --version -h --help"), valueLetters, combined: false))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is null)
            {
                return new ProgramInfo(ProgramKind.Unknown, name);
            }
            if (arg == "-c")
            {
                return new ProgramInfo(ProgramKind.Unknown, name);
            }
            if (arg == "-m" || (arg.StartsWith("-m", StringComparison.Ordinal) && arg.Length > 2))
            {
                var moduleIndex = arg == "-m" ? i + 1 : i;
                var module = arg == "-m" ? (i + 1 < args.Count ? args[i + 1] : null) : arg.Substring(2);
                if (module is null)
                {
                    return new ProgramInfo(ProgramKind.Unknown, name);
                }
                if (Array.IndexOf(PythonFiniteModules, module) >= 0)
                {
                    return new ProgramInfo(ProgramKind.Finite, name);
                }
                if (Array.IndexOf(PythonServerModules, module) >= 0 && arg == "-m")
                {
                    // python -m gunicorn ...: classify as gunicorn with the rest of the arguments.
                    var values = new List<string?> { module };
                    var texts = new List<string> { module };
                    for (var k = moduleIndex + 1; k < args.Count; k++)
                    {
                        values.Add(args[k]);
                        texts.Add(shown[k]);
                    }
                    return Classify(values, texts, 0);
                }
                return new ProgramInfo(ProgramKind.Runtime, name + " -m " + module);
            }
            if (arg.Length > 1 && arg[0] == '-')
            {
                if (arg.Length == 2 && ProcessText.HasChar(valueLetters, arg[1]))
                {
                    i++;
                }
                continue;
            }
            if (Basename(arg) == "manage.py")
            {
                if (i + 1 >= args.Count)
                {
                    return new ProgramInfo(ProgramKind.Finite, name);
                }
                var subcommand = args[i + 1];
                return subcommand is null ? new ProgramInfo(ProgramKind.Unknown, name + " " + shown[i])
                    : Array.IndexOf(DjangoFinite, subcommand) >= 0 ? new ProgramInfo(ProgramKind.Finite, name)
                    : new ProgramInfo(ProgramKind.Runtime, name + " " + shown[i] + " " + subcommand);
            }
            return new ProgramInfo(ProgramKind.Runtime, name + " " + shown[i]);
        }
        return new ProgramInfo(ProgramKind.Unknown, name);
    }

    private static readonly string[] ArtisanServers = ProgramSpec.Words(
        "serve queue:work queue:listen horizon octane:start octane:frankenphp octane:swoole octane:roadrunner reverb:start schedule:work pulse:check pulse:work messenger:consume");

    private static ProgramInfo Php(string name, Slice<string?> args, Slice<string> shown)
    {
        if (ProcessOptions.HasAny(args, 0, ProgramSpec.Words("-v --version -m --modules -i --info -l --syntax-check -h --help"), "", combined: false))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        if (ProcessOptions.Has(args, 0, "-S", "", combined: false))
        {
            return new ProgramInfo(ProgramKind.Runtime, name + " -S");
        }
        var index = ProcessOptions.FirstOperand(args, 0, "cdfrBRFEzt", Array.Empty<string>());
        if (index < 0 || ProcessOptions.Has(args, 0, "-r", "", combined: false))
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var script = Basename(args[index]!);
        if (script is "artisan" or "console")
        {
            var subcommand = index + 1 < args.Count ? args[index + 1] : null;
            if (subcommand is null)
            {
                return new ProgramInfo(ProgramKind.Unknown, name + " " + shown[index]);
            }
            if (Array.IndexOf(ArtisanServers, subcommand) >= 0)
            {
                return new ProgramInfo(ProgramKind.Runtime, name + " " + shown[index] + " " + subcommand);
            }
            var finite = subcommand.StartsWith("migrate", StringComparison.Ordinal) || subcommand.StartsWith("doctrine:migrations", StringComparison.Ordinal)
                || subcommand.StartsWith("cache:", StringComparison.Ordinal) || subcommand.StartsWith("config:", StringComparison.Ordinal)
                || subcommand.StartsWith("route:", StringComparison.Ordinal) || subcommand.StartsWith("view:", StringComparison.Ordinal)
                || subcommand.StartsWith("event:", StringComparison.Ordinal) || subcommand.StartsWith("optimize", StringComparison.Ordinal)
                || subcommand is "storage:link" or "db:seed" or "key:generate" or "package:discover" or "assets:install";
            return new ProgramInfo(finite ? ProgramKind.Finite : ProgramKind.Unknown, name + " " + shown[index] + " " + subcommand);
        }
        return new ProgramInfo(ProgramKind.Unknown, name + " " + shown[index]);
    }

    private static readonly string[] ServeScripts = ProgramSpec.Words("start serve server dev prod production start:prod start:production");

    private static readonly string[] FiniteScripts = ProgramSpec.Words("build test lint prebuild postbuild");

    private static readonly string[] PackageFinite = ProgramSpec.Words(
        "install i ci add prune rebuild audit cache config version --version -v help --help -h pack publish link unlink outdated update upgrade dedupe why list ls");

    private static ProgramInfo PackageManager(string name, Slice<string?> args, Slice<string> shown)
    {
        var index = ProcessOptions.FirstOperand(args, 0, "", Array.Empty<string>());
        if (index == ProcessOptions.UnknownOperand)
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        if (index == ProcessOptions.None)
        {
            // yarn alone installs; npm alone prints help.
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        var operand = args[index]!;
        if (operand is "run" or "run-script")
        {
            var script = index + 1 < args.Count ? args[index + 1] : null;
            return script is null ? new ProgramInfo(ProgramKind.Unknown, name + " " + operand) : Package(name + " " + operand, script);
        }
        if (name == "bun" && (operand.EndsWith(".js", StringComparison.Ordinal) || operand.EndsWith(".ts", StringComparison.Ordinal)
            || operand.EndsWith(".mjs", StringComparison.Ordinal) || operand.EndsWith(".tsx", StringComparison.Ordinal)))
        {
            return new ProgramInfo(ProgramKind.Runtime, name + " " + shown[index]);
        }
        if (Array.IndexOf(PackageFinite, operand) >= 0)
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        // npm start, yarn serve, pnpm dev: yarn, pnpm and bun run a package script by its name alone.
        return operand == "start" || (name != "npm" && Array.IndexOf(ServeScripts, operand) >= 0) ? new ProgramInfo(ProgramKind.Runtime, name + " " + operand)
            : name != "npm" ? Package(name, operand)
            : new ProgramInfo(ProgramKind.Unknown, name + " " + operand);
    }

    private static ProgramInfo Package(string prefix, string script) =>
        Array.IndexOf(ServeScripts, script) >= 0 ? new ProgramInfo(ProgramKind.Runtime, prefix + " " + script)
        : Array.IndexOf(FiniteScripts, script) >= 0 || script.StartsWith("build", StringComparison.Ordinal) || ProcessText.HasText(script, "migrat")
            ? new ProgramInfo(ProgramKind.Finite, prefix + " " + script)
        : new ProgramInfo(ProgramKind.Unknown, prefix + " " + script);

    private static ProgramInfo Deno(string name, Slice<string?> args, Slice<string> shown)
    {
        var index = ProcessOptions.FirstOperand(args, 0, "", Array.Empty<string>());
        if (index < 0)
        {
            return new ProgramInfo(index == ProcessOptions.None ? ProgramKind.Finite : ProgramKind.Unknown, name);
        }
        var operand = args[index]!;
        switch (operand)
        {
            case "run" or "serve":
                return new ProgramInfo(ProgramKind.Runtime, name + " " + operand);
            case "task":
                var task = index + 1 < args.Count ? args[index + 1] : null;
                return task is null ? new ProgramInfo(ProgramKind.Unknown, name + " task") : Package(name + " task", task);
            case "cache" or "install" or "compile" or "fmt" or "lint" or "test" or "check" or "info" or "doc" or "upgrade" or "--version" or "-V":
                return new ProgramInfo(ProgramKind.Finite, name);
            default:
                return new ProgramInfo(ProgramKind.Unknown, name + " " + shown[index]);
        }
    }

    /// <summary>pm2-runtime and pm2 start with an ecosystem file supervise several apps; with one script pm2-runtime runs one app.</summary>
    private static ProgramInfo Pm2(string name, Slice<string?> args, Slice<string> shown)
    {
        if (ProcessOptions.HasAny(args, 0, ProgramSpec.Words("-v -V --version -h --help"), "", combined: false))
        {
            return new ProgramInfo(ProgramKind.Finite, name);
        }
        var index = ProcessOptions.FirstOperand(args, 0, "inoe", ProgramSpec.Words("--name --instances --env --output --error --log --interpreter --node-args --cwd --max-memory-restart --public --secret --machine-name"));
        if (index == ProcessOptions.UnknownOperand)
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var isRuntime = name != "pm2";
        if (index >= 0 && (args[index] is "start" or "startOrRestart" or "startOrReload" or "reload" or "restart"))
        {
            index = index + 1 < args.Count ? (args[index + 1] is null ? ProcessOptions.UnknownOperand : index + 1) : ProcessOptions.None;
        }
        else if (!isRuntime)
        {
            // pm2 logs, pm2 list, pm2 save ...: talk to a pm2 daemon.
            return new ProgramInfo(index == ProcessOptions.UnknownOperand ? ProgramKind.Unknown : ProgramKind.Finite, name);
        }
        if (index < 0)
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var target = args[index]!;
        if (IsEcosystemFile(target))
        {
            return new ProgramInfo(ProgramKind.Supervisor, name + " " + shown[index]);
        }
        return new ProgramInfo(isRuntime ? ProgramKind.Runtime : ProgramKind.Unknown, name + " " + shown[index]);
    }

    private static bool IsEcosystemFile(string path)
    {
        var file = Basename(path);
        return file.EndsWith(".config.js", StringComparison.Ordinal) || file.EndsWith(".config.cjs", StringComparison.Ordinal)
            || file.EndsWith(".config.mjs", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)
            || file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal)
            || file.StartsWith("ecosystem", StringComparison.Ordinal) || file.StartsWith("process.", StringComparison.Ordinal);
    }

    private static ProgramInfo Procfile(ProgramSpec spec, string name, Slice<string?> args)
    {
        var index = ProcessOptions.FirstOperand(args, 0, spec.ValueLetters, spec.ValueOptions);
        if (index == ProcessOptions.UnknownOperand)
        {
            return new ProgramInfo(ProgramKind.Unknown, name);
        }
        var operand = index >= 0 ? args[index] : null;
        return operand == "start" || (name == "overmind" && operand == "s")
            ? new ProgramInfo(ProgramKind.Supervisor, name + " start")
            : new ProgramInfo(ProgramKind.Unknown, name);
    }

    private static string Join(IReadOnlyList<string> words, int start)
    {
        var parts = new List<string>();
        for (var i = start; i < words.Count; i++)
        {
            parts.Add(words[i]);
        }
        return string.Join(" ", parts);
    }

    private static HashSet<string> Set(string words) => new(ProgramSpec.Words(words), StringComparer.Ordinal);

    /// <summary>A view of a list from an offset, so arguments are read without copying.</summary>
    private sealed class Slice<T> : IReadOnlyList<T>
    {
        private readonly IReadOnlyList<T> _items;
        private readonly int _offset;

        public Slice(IReadOnlyList<T> items, int offset)
        {
            _items = items;
            _offset = Math.Min(offset, items.Count);
        }

        public int Count => _items.Count - _offset;

        public T this[int index] => _items[_offset + index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = _offset; i < _items.Count; i++)
            {
                yield return _items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
