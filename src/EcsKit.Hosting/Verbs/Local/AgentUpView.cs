using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>
/// The background agent's view: plain lines into its log file, each marked by what it is, so that the waiting
/// <c>up --detach</c> can echo the info and task lines and leave the containers' output to <c>logs</c>.
/// </summary>
internal sealed class AgentUpView(TextWriter log) : IUpView
{
    public const string InfoMark = "info: ";
    public const string TaskMark = "task: ";

    private readonly Lock _gate = new();
    private readonly TaskChangeFilter _changes = new();

    public void Info(string line) => Write(InfoMark + line);

    public void TaskChanged(LocalTask task)
    {
        lock (_gate)
        {
            if (_changes.Changed(task) is { } line)
            {
                log.WriteLine(TaskMark + line);
                log.Flush();
            }
        }
    }

    public Task StartingAsync(LocalApp app, Task stable) => stable;

    public void Stable(LocalApp app) => Write($"up: '{app.Name}' is stable");

    public void Log(LocalLogLine line) => Write(LogPrinter.Plain(line));

    public void Stopping(string app) => Write($"down: stopping '{app}'");

    public void Stopped(LocalDownResult removed) => Write("down: " + DownVerb.Describe(removed));

    private void Write(string line)
    {
        lock (_gate)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }
}
