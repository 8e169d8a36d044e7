using EcsKit.Docker;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs.Local;

/// <summary>How a local task is shown: one plain line (for pipes and logs) or one row of a table (for people).</summary>
internal static class TaskRows
{
    /// <summary>The service, or <c>family:FAMILY</c> for a one-off task, as ECS groups tasks.</summary>
    public static string Owner(LocalTask task) => task.ServiceName ?? $"family:{task.Family}";

    public static string ShortId(string taskId) => taskId[..Math.Min(8, taskId.Length)];

    /// <summary>Published ports as Docker shows them: <c>0.0.0.0:32768->80/tcp</c>; the awsvpc ports of a task are listed once.</summary>
    public static IReadOnlyList<string> Ports(LocalTask task) =>
        task.Containers.SelectMany(c => c.NetworkBindings)
            .Select(b => $"{b.BindIP}:{b.HostPort}->{b.ContainerPort}/{b.Protocol}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary><c>web/1a2b3c4d RUNNING HEALTHY 0.0.0.0:32768->80/tcp</c>, with the stop code and reason once stopping.</summary>
    public static string Line(LocalTask task)
    {
        var parts = new List<string> { $"{Owner(task)}/{ShortId(task.TaskId)}", task.LastStatus, task.HealthStatus };
        parts.AddRange(Ports(task));
        if (task.StopCode is not null)
        {
            // The reason once, when the task has stopped; the states on the way there only name the stop code.
            parts.Add(task.LastStatus == LocalStatus.Stopped ? $"{task.StopCode}: {task.StoppedReason}{ExitCodes(task)}" : task.StopCode);
        }
        return string.Join(' ', parts);
    }

    public static Table Table(IEnumerable<LocalTask> tasks, bool borders)
    {
        var table = new Table().AddColumns("SERVICE", "TASK", "STATUS", "HEALTH", "PORTS");
        if (borders)
        {
            table.Border(TableBorder.Rounded);
        }
        else
        {
            // Aligned columns without box lines, like `docker ps`: easy to read, cut and grep.
            table.Border(TableBorder.None);
            table.Columns[0].PadLeft(0);
        }
        foreach (var task in tasks)
        {
            var status = task.StopCode is null ? task.LastStatus : $"{task.LastStatus} ({task.StopCode}{ExitCodes(task)})";
            table.AddRow(
                Markup.Escape(Owner(task)),
                Markup.Escape(ShortId(task.TaskId)),
                $"[{StatusColour(task)}]{Markup.Escape(status)}[/]",
                $"[{HealthColour(task.HealthStatus)}]{Markup.Escape(task.HealthStatus)}[/]",
                Markup.Escape(string.Join(", ", Ports(task))));
        }
        return table;
    }

    public static string StatusColour(LocalTask task) => task.LastStatus switch
    {
        LocalStatus.Running => "green",
        LocalStatus.Stopped when task.StopCode is LocalStatus.TaskFailedToStart or LocalStatus.EssentialContainerExited => "red",
        LocalStatus.Stopped => "grey",
        _ => "yellow",
    };

    private static string HealthColour(string health) => health switch
    {
        LocalStatus.Healthy => "green",
        LocalStatus.Unhealthy => "red",
        _ => "grey",
    };

    // Which essential container ended the task and how: the first thing a person asks about a stopped task.
    private static string ExitCodes(LocalTask task)
    {
        var codes = task.Containers.Where(c => c.ExitCode is not null && (c.Essential || c.ExitCode != 0))
            .Select(c => $"{c.Name} exit {c.ExitCode}{(c.Reason is null ? "" : $" ({c.Reason})")}")
            .ToList();
        return codes.Count == 0 || task.LastStatus != LocalStatus.Stopped ? "" : "; " + string.Join(", ", codes);
    }
}
