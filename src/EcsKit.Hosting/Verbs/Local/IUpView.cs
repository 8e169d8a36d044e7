using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>What a running <c>up</c> shows, and where: a terminal, a pipe, or the background agent's log file.</summary>
internal interface IUpView
{
    /// <summary>A line for people from the local target (what is emulated, replaced, pulled).</summary>
    void Info(string line);

    /// <summary>A task changed; called from the task's own loop, often, with or without a visible difference.</summary>
    void TaskChanged(LocalTask task);

    /// <summary>Shows the application while <paramref name="stable"/> runs; completes as it does, with its exception.</summary>
    Task StartingAsync(LocalApp app, Task stable);

    void Stable(LocalApp app);

    void Log(LocalLogLine line);

    void Stopping(string app);

    void Stopped(LocalDownResult removed);
}
