using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tasks;

internal sealed partial class TaskRunner
{
    /// <summary>Images, secrets, environment files, volumes and (awsvpc) the pause container; a stop request when something cannot be had.</summary>
    private async Task<StopRequest?> ProvisionAsync()
    {
        Publish(t => t with { LastStatus = LocalStatus.Pending, PullStartedAt = DateTimeOffset.UtcNow });
        foreach (var container in _containers)
        {
            try
            {
                container.ImageId = await _context.EnsureImage(container.Definition.Image ?? "", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                container.Reason = e.Message;
                return new StopRequest(LocalStatus.TaskFailedToStart, e.Message);
            }
        }
        Publish(t => t with { PullStoppedAt = DateTimeOffset.UtcNow });
        await PrepareVolumesAsync().ConfigureAwait(false);

        if (Snapshot.NetworkMode == "awsvpc")
        {
            await StartPauseAsync().ConfigureAwait(false);
        }
        return null;
    }

    private async Task StartPauseAsync()
    {
        var image = await _context.EnsurePauseImage(CancellationToken.None).ConfigureAwait(false);
        var definition = _request.Definition;
        var ports = PortPublishing.ForTask(definition, _context.StaticPorts);
        var created = await _context.Engine.Client.Containers.CreateContainerAsync(ContainerConfig.Pause(
            DockerNames.Pause(_context.App, definition.Family, TaskId), image, TaskLabels(Labels.Roles.Pause, "~internal~ecs~pause"),
            definition, ports, _context.Network, _request.Aliases)).ConfigureAwait(false);
        _pauseId = created.ID;
        _pauseWatch = _context.Events.Watch(created.ID, OnEvent);
        await _context.Engine.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters()).ConfigureAwait(false);
    }

    /// <summary>The labels of every Docker object of this task: who it belongs to, and the ECS agent's own labels.</summary>
    internal Dictionary<string, string> TaskLabels(string role, string container)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Labels.App] = _context.App,
            [Labels.Task] = TaskId,
            [Labels.Family] = _request.Definition.Family,
            [Labels.Revision] = _request.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Labels.Cluster] = _request.Cluster,
            [Labels.Definition] = _request.DefinitionHash,
            [Labels.Container] = container,
            [Labels.Role] = role,
            [Labels.EcsCluster] = _request.Cluster,
            [Labels.EcsContainerName] = container,
            [Labels.EcsTaskArn] = Snapshot.TaskArn,
            [Labels.EcsFamily] = _request.Definition.Family,
            [Labels.EcsVersion] = _request.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (_request.ServiceName is { } service)
        {
            labels[Labels.Service] = service;
        }
        return labels;
    }

    /// <summary>Everything needed to create the container, resolved just before it is created.</summary>
    private ContainerLaunch LaunchOf(ContainerRun run)
    {
        var definition = _request.Definition;
        var c = run.Definition;
        var mode = Snapshot.NetworkMode;
        var environment = new List<string>
        {
            $"AWS_EXECUTION_ENV={(Snapshot.LaunchType == "FARGATE" ? "AWS_ECS_FARGATE" : "AWS_ECS_EC2")}",
            $"AWS_REGION={_context.Region}",
            $"AWS_DEFAULT_REGION={_context.Region}",
        };
        environment.AddRange(_context.MetadataEnvironment(run.Token));
        environment.AddRange(ResolveSecrets(run));
        return new ContainerLaunch
        {
            Task = definition,
            Container = c,
            DockerName = run.DockerName,
            Labels = TaskLabels(Labels.Roles.Container, run.Name),
            Environment = environment,
            EnvironmentFileEntries = ReadEnvironmentFiles(run),
            NetworkMode = mode switch
            {
                "awsvpc" => $"container:{_pauseId}",
                "host" => "host",
                "none" => "none",
                _ => _context.Network,
            },
            Aliases = mode == "bridge" ? [.. BridgeAliases(run)] : [],
            PortBindings = mode == "bridge" ? PortPublishing.ForBridgeContainer(c) : new Dictionary<string, IList<PortBinding>>(),
            Links = mode == "bridge" ? (c.Links ?? []).Select(Link).ToList() : [],
            VolumesFrom = (c.VolumesFrom ?? []).Where(v => v.SourceContainer is not null)
                .Select(v => DockerNameOf(v.SourceContainer!) + (v.ReadOnly == true ? ":ro" : "")).ToList(),
            Mounts = MountsOf(c),
            Binds = BindsOf(c),
        };
    }

    // In bridge mode the service name leads to the task's first container that publishes a port (else its first container),
    // and every container answers to its own name, as links make them on ECS.
    private IEnumerable<string> BridgeAliases(ContainerRun run)
    {
        var front = _containers.FirstOrDefault(c => c.Definition.PortMappings is { Count: > 0 }) ?? _containers[0];
        if (ReferenceEquals(front, run))
        {
            foreach (var alias in _request.Aliases)
            {
                yield return alias;
            }
        }
    }

    private string Link(string link)
    {
        var parts = link.Split(':', 2);
        return $"{DockerNameOf(parts[0])}:{(parts.Length == 2 ? parts[1] : parts[0])}";
    }

    private string DockerNameOf(string container) =>
        _containers.FirstOrDefault(c => c.Name == container)?.DockerName
        ?? throw new LocalDockerException($"Task definition '{_request.Definition.Family}': no container '{container}' to link to or take volumes from.");

    private IEnumerable<string> ResolveSecrets(ContainerRun run)
    {
        foreach (var secret in run.Definition.Secrets ?? [])
        {
            var request = new LocalSecretRequest(_request.Definition.Family, run.Name, secret.Name, secret.ValueFrom);
            var value = _context.Secrets(request)
                ?? throw new LocalDockerException(
                    $"ResourceInitializationError: unable to pull secrets or registry auth: container '{run.Name}' needs secret {secret.Name} " +
                    $"(valueFrom {secret.ValueFrom}), which has no local value; set the environment variable ECSKIT_SECRET_{secret.Name} " +
                    "or add it to .ecskit/secrets.json.");
            yield return $"{secret.Name}={value}";
        }
    }

    private List<string> ReadEnvironmentFiles(ContainerRun run)
    {
        var entries = new List<string>();
        foreach (var file in run.Definition.EnvironmentFiles ?? [])
        {
            var text = _context.EnvironmentFiles(file.Value)
                ?? throw new LocalDockerException(
                    $"ResourceInitializationError: failed to download env files: container '{run.Name}' names environment file {file.Value}, " +
                    $"which has no local copy; put the file at {Path.GetFullPath(LocalEnvironmentFiles.PathOf(file.Value))}.");
            entries.AddRange(EnvironmentFileText.Parse(text));
        }
        return entries;
    }
}
