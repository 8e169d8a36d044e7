using EcsKit.Docker;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// <c>up</c> in the foreground. In a terminal: a live table of the tasks while the application starts, then one
/// coloured line per task change and the containers' output. In a pipe or a file: plain lines throughout, one per
/// visible task change (<c>web/1a2b3c4d RUNNING HEALTHY 0.0.0.0:32768->80/tcp</c>), then the output lines.
/// Info lines are dim and go to standard error with the other messages; task lines and output go to standard output.
/// </summary>
internal sealed class ConsoleUpView(HostConsole console) : IUpView
{
    // Enough to see what is going on while the table updates, without pushing the table off the screen.
    private const int LiveInfoLines = 8;

    private readonly Lock _gate = new();
    private readonly TaskChangeFilter _changes = new();
    private readonly LogPrinter _logs = new(console);
    private readonly List<string> _liveInfo = [];
    private bool _live;

    public void Info(string line)
    {
        lock (_gate)
        {
            if (_live)
            {
                _liveInfo.Add(line);
                return;
            }
            console.Console.MarkupLine($"[dim]{Markup.Escape(line)}[/]");
        }
    }

    public void TaskChanged(LocalTask task)
    {
        lock (_gate)
        {
            // The live table shows every change while it is up; the filter still learns the latest line.
            if (_changes.Changed(task) is not { } line || _live)
            {
                return;
            }
            if (console.Interactive)
            {
                console.OutConsole.MarkupLine($"[{TaskRows.StatusColour(task)}]{Markup.Escape(line)}[/]");
            }
            else
            {
                console.Out.WriteLine(line);
            }
        }
    }

    public async Task StartingAsync(LocalApp app, Task stable)
    {
        if (!console.Interactive)
        {
            await stable.ConfigureAwait(false);
            return;
        }
        lock (_gate)
        {
            _live = true;
        }
        try
        {
            await console.OutConsole.Live(Render(app, "starting")).AutoClear(false).StartAsync(async context =>
            {
                while (!stable.IsCompleted)
                {
                    context.UpdateTarget(Render(app, "starting"));
                    await Task.WhenAny(stable, Task.Delay(TimeSpan.FromMilliseconds(250))).ConfigureAwait(false);
                }
                // The last frame stays on the screen: it is the table of the application as it came up.
                context.UpdateTarget(Render(app, stable.IsCompletedSuccessfully ? "is up" : "did not come up"));
            }).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _live = false;
                foreach (var task in app.Tasks)
                {
                    _changes.Changed(task);
                }
            }
        }
        await stable.ConfigureAwait(false);
    }

    private Rows Render(LocalApp app, string state)
    {
        List<string> info;
        lock (_gate)
        {
            info = _liveInfo.TakeLast(LiveInfoLines).ToList();
        }
        var rows = info.Select(l => (IRenderable)new Markup($"[dim]{Markup.Escape(l)}[/]")).ToList();
        rows.Add(TaskRows.Table(app.Tasks, borders: true).Title($"[bold]{Markup.Escape(app.Name)}[/] {state}"));
        return new Rows(rows);
    }

    public void Stable(LocalApp app)
    {
        lock (_gate)
        {
            console.Console.MarkupLine($"'{Markup.Escape(app.Name)}' is up: every service is stable. Containers' output follows; Ctrl+C stops the application.");
        }
    }

    public void Log(LocalLogLine line)
    {
        lock (_gate)
        {
            _logs.Write(line);
        }
    }

    public void Stopping(string app)
    {
        lock (_gate)
        {
            console.Console.MarkupLine($"Stopping '{Markup.Escape(app)}' ...");
        }
    }

    public void Stopped(LocalDownResult removed)
    {
        lock (_gate)
        {
            console.Console.MarkupLine(Markup.Escape(DownVerb.Describe(removed)));
        }
    }
}
