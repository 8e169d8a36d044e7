using System.Globalization;
using System.Runtime.InteropServices;
using Docker.DotNet;

namespace EcsKit.Benchmarks.Local;

/// <summary>What the numbers were measured on.</summary>
internal sealed record Machine(string Cpu, int Cores, string Os, string Docker, string Compose, string Dotnet)
{
    public static async Task<Machine> DescribeAsync(IDockerClient client, CancellationToken cancellationToken)
    {
        var version = await client.System.GetVersionAsync(cancellationToken);
        string compose;
        try
        {
            compose = (await Shell.RunAsync("docker-compose", ["version", "--short"], TimeSpan.FromSeconds(30), cancellationToken)).Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            compose = "missing";
        }
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        return new Machine(
            cpu,
            Environment.ProcessorCount,
            RuntimeInformation.OSDescription,
            $"{version.Version} (API {version.APIVersion})",
            compose,
            $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()})");
    }

    /// <summary>The 1-minute load average: other work on the machine shows here.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
