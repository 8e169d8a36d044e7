using System.Diagnostics;
using System.Globalization;

namespace EcsKit.Docker.Local;

/// <summary>SIGTERM for another process: .NET can only kill (SIGKILL), and the agent needs the chance to stop its tasks in order.</summary>
internal static class Signals
{
    public static void Terminate(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
        if (kill is null || kill.ExitCode != 0)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
    }
}
