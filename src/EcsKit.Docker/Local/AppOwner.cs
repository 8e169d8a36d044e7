using System.Diagnostics;
using System.Globalization;

namespace EcsKit.Docker.Local;

/// <summary>
/// Which EcsKit process runs an application (the foreground <c>up</c> or the background agent): a small file naming
/// its process id and start time, so that a second <c>up</c> does not start the application twice and <c>down</c>
/// can stop the agent. A file whose process is gone (killed) is ignored.
/// </summary>
internal static class AppOwner
{
    public static string FileOf(string app) => Path.Combine(Path.GetTempPath(), "ecskit", $"{app}.owner");

    public static void Claim(string app)
    {
        var file = FileOf(app);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(file, $"{Environment.ProcessId} {self.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture)}");
    }

    public static void Release(string app)
    {
        if (Current(app) == Environment.ProcessId)
        {
            File.Delete(FileOf(app));
        }
    }

    /// <summary>The live process that owns the application, or null.</summary>
    public static int? Current(string app)
    {
        try
        {
            var parts = File.ReadAllText(FileOf(app)).Split(' ');
            var pid = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var started = long.Parse(parts[1], CultureInfo.InvariantCulture);
            using var process = Process.GetProcessById(pid);
            // A recycled process id belongs to another program: compare start times.
            return Math.Abs(process.StartTime.ToUniversalTime().Ticks - started) < TimeSpan.TicksPerSecond && !process.HasExited ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
