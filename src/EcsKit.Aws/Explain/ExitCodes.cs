using System.Globalization;

namespace EcsKit.Aws;

/// <summary>What a container's exit code (and reason) says about why it stopped.</summary>
internal static class ExitCodes
{
    /// <summary>Advice for a task stopped because an essential container exited: each container that reported how it ended, the cause first.</summary>
    public static string Advice(IReadOnlyList<EcsContainerInfo> containers)
    {
        var ended = containers
            .Where(c => c.ExitCode is not null || !string.IsNullOrEmpty(c.Reason))
            // A container ECS stopped because another one exited is the consequence, not the cause.
            .OrderBy(c => c.ExitCode == 143 && string.IsNullOrEmpty(c.Reason) ? 1 : 0)
            .Select(Describe)
            .ToList();
        return ended.Count == 0
            ? "An essential container stopped, and ECS reported no exit code for it; the container's logs (logConfiguration) say why."
            : string.Join(" ", ended);
    }

    private static string Describe(EcsContainerInfo container)
    {
        var name = $"Container '{container.Name}'";
        var reason = string.IsNullOrEmpty(container.Reason) ? "" : $" ({container.Reason})";
        if (container.Reason is { } r && (r.Contains("OutOfMemoryError", StringComparison.OrdinalIgnoreCase) || r.Contains("OOMKilled", StringComparison.OrdinalIgnoreCase)))
        {
            return $"{name} was killed for using more memory than its limit ({r}{Code(container)}): raise its memory (the container's memory, "
                + "or the task's memory) or find out what uses it.";
        }
        return container.ExitCode switch
        {
            null => $"{name} stopped{reason}.",
            0 => $"{name} exited with code 0{reason}: its process finished. An essential container has to keep running; a one-off step (such as "
                + "a migration) belongs in a container with essential false that the others dependOn with condition SUCCESS.",
            126 => $"{name} exited with code 126{reason}: its command could not be run (not executable); check entryPoint, command and the file's permissions in the image.",
            127 => $"{name} exited with code 127{reason}: its command was not found; check entryPoint and command against what the image contains.",
            137 => $"{name} was killed with SIGKILL (exit code 137){reason}: usually for going over its memory limit, or for not stopping within stopTimeout after SIGTERM.",
            139 => $"{name} crashed with a segmentation fault (exit code 139){reason}: a bug in the program or a native library, or an image built for another CPU architecture.",
            143 => $"{name} was stopped with SIGTERM (exit code 143){reason}: ECS stops a task's other containers when an essential one exits.",
            > 128 and < 160 => $"{name} was ended by signal {container.ExitCode - 128} (exit code {container.ExitCode}){reason}.",
            _ => $"{name} exited with code {container.ExitCode}{reason}: the application stopped with an error; its logs (logConfiguration) say why.",
        };
    }

    private static string Code(EcsContainerInfo container) =>
        container.ExitCode is { } code ? string.Create(CultureInfo.InvariantCulture, $", exit code {code}") : "";
}
