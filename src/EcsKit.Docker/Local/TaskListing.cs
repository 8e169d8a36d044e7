using System.Globalization;
using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Local;

/// <summary>
/// The application's tasks rebuilt from the engine alone (labels, states, published ports), for <c>ps</c> in another
/// process than the one that runs the application.
/// </summary>
internal static class TaskListing
{
    public static async Task<IReadOnlyList<LocalTask>> ListAsync(DockerEngine engine, string app, string region, CancellationToken cancellationToken)
    {
        var containers = await engine.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = Labels.OfApp(app) }, cancellationToken)
            .ConfigureAwait(false);
        return containers
            .Where(c => c.Labels.ContainsKey(Labels.Task))
            .GroupBy(c => c.Labels[Labels.Task])
            .Select(g => Task(app, region, g.Key, g.ToList()))
            .OfType<LocalTask>()
            .OrderBy(t => t.ServiceName).ThenBy(t => t.CreatedAt)
            .ToList();
    }

    private static LocalTask? Task(string app, string region, string taskId, List<ContainerListResponse> containers)
    {
        var pause = containers.FirstOrDefault(c => Label(c, Labels.Role) == Labels.Roles.Pause);
        var members = containers.Where(c => Label(c, Labels.Role) == Labels.Roles.Container).OrderBy(c => c.Created).ToList();
        var first = members.FirstOrDefault() ?? pause;
        if (first is null)
        {
            return null;
        }
        var running = members.Count > 0 && members.All(c => c.State == "running");
        var anyRunning = members.Any(c => c.State == "running");
        return new LocalTask
        {
            TaskArn = Label(first, Labels.EcsTaskArn) ?? $"arn:aws:ecs:{region}:000000000000:task/{Label(first, Labels.Cluster)}/{taskId}",
            TaskId = taskId,
            App = app,
            Cluster = Label(first, Labels.Cluster) ?? "default",
            Family = Label(first, Labels.Family) ?? "",
            Revision = int.TryParse(Label(first, Labels.Revision), CultureInfo.InvariantCulture, out var revision) ? revision : 1,
            ServiceName = Label(first, Labels.Service),
            DefinitionHash = Label(first, Labels.Definition),
            LaunchType = pause is null ? "EC2" : "FARGATE",
            NetworkMode = pause is null ? first.HostConfig?.NetworkMode ?? "bridge" : "awsvpc",
            LastStatus = running ? LocalStatus.Running : anyRunning ? LocalStatus.Pending : LocalStatus.Stopped,
            DesiredStatus = anyRunning ? LocalStatus.Running : LocalStatus.Stopped,
            CreatedAt = first.Created,
            Containers = members.Select(c => Container(c, pause)).ToList(),
            HealthStatus = members.Any(c => c.Status.Contains("(unhealthy)", StringComparison.Ordinal)) ? LocalStatus.Unhealthy
                : members.Any(c => c.Status.Contains("(healthy)", StringComparison.Ordinal)) ? LocalStatus.Healthy : LocalStatus.Unknown,
        };
    }

    private static LocalContainer Container(ContainerListResponse c, ContainerListResponse? pause) => new()
    {
        Name = Label(c, Labels.Container) ?? c.Names.FirstOrDefault()?.TrimStart('/') ?? c.ID,
        Image = c.Image,
        Essential = true,
        RuntimeId = c.ID,
        DockerName = c.Names.FirstOrDefault()?.TrimStart('/'),
        ImageId = c.ImageID,
        LastStatus = c.State == "running" ? LocalStatus.Running : c.State == "created" ? LocalStatus.Pending : LocalStatus.Stopped,
        HealthStatus = c.Status.Contains("(unhealthy)", StringComparison.Ordinal) ? LocalStatus.Unhealthy
            : c.Status.Contains("(healthy)", StringComparison.Ordinal) ? LocalStatus.Healthy : LocalStatus.Unknown,
        CreatedAt = c.Created,
        // Published ports are on the container itself, or on the pause container for awsvpc tasks (listed once, on the first container).
        NetworkBindings = (pause ?? c).Ports?
            .Where(p => p.PublicPort is > 0 && !(p.IP ?? "").Contains(':', StringComparison.Ordinal))
            .Select(p => new LocalNetworkBinding(p.IP is { Length: > 0 } ip ? ip : "0.0.0.0", p.PrivatePort, p.PublicPort ?? 0, p.Type ?? "tcp"))
            .ToList() ?? [],
    };

    private static string? Label(ContainerListResponse container, string key) =>
        container.Labels is not null && container.Labels.TryGetValue(key, out var value) ? value : null;
}
