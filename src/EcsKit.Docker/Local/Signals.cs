using System.Diagnostics;
using System.Globalization;

namespace EcsKit.Docker.Local;

/// <summary>
/// Signals for the process that runs an application: SIGTERM to stop it, SIGUSR1 to hand it over. .NET can only kill
/// (SIGKILL), and that process needs the chance to stop its tasks in order.
/// </summary>
internal static class Signals
{
    /// <summary>The signal that asks a process running an application to hand it over: stop its own tasks, remove nothing else, exit.</summary>
    public const int ReleaseSignal = 10; // SIGUSR1 on Linux

    /// <summary>Sends <see cref="ReleaseSignal"/>.</summary>
    public static void Release(int pid) => Send(pid, "-USR1");

    public static void Terminate(int pid) => Send(pid, "-TERM");

    private static void Send(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
        if (kill is null || kill.ExitCode != 0)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
    }
}
