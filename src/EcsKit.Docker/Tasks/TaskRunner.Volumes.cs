using Docker.DotNet.Models;
using EcsKit.Docker.Engine;

namespace EcsKit.Docker.Tasks;

internal sealed partial class TaskRunner
{
    private readonly Dictionary<string, (bool Bind, string Source)> _volumeSources = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes each task volume available: a host path as a bind mount, a Docker volume per task or shared by the
    /// application (scope), an empty host volume as a volume that lives as long as the task (as ECS does), and EFS
    /// as a named volume shared by the application (said once in an info line).
    /// </summary>
    private async Task PrepareVolumesAsync()
    {
        foreach (var volume in _request.Definition.Volumes ?? [])
        {
            if (volume.Name is not { } name)
            {
                continue;
            }
            if (volume.Host?.SourcePath is { Length: > 0 } path)
            {
                _volumeSources[name] = (true, path);
                continue;
            }
            string dockerName;
            if (volume.EfsVolumeConfiguration is { } efs)
            {
                dockerName = DockerNames.SharedVolume(_context.App, $"efs-{efs.FileSystemId}{(efs.RootDirectory is { Length: > 1 } root ? root.Replace('/', '-') : "")}");
                _context.Info($"Volume '{name}' of '{_request.Definition.Family}': EFS {efs.FileSystemId} is emulated by the local Docker volume '{dockerName}', shared by the application's tasks.");
                await CreateVolumeAsync(dockerName, null, shared: true).ConfigureAwait(false);
            }
            else if (volume.DockerVolumeConfiguration is { Scope: Scope.Shared } shared)
            {
                dockerName = DockerNames.SharedVolume(_context.App, name);
                await CreateVolumeAsync(dockerName, shared, shared: true).ConfigureAwait(false);
            }
            else
            {
                if (volume.FsxWindowsFileServerVolumeConfiguration is not null || volume.S3filesVolumeConfiguration is not null || volume.ConfiguredAtLaunch == true)
                {
                    _context.Info($"Volume '{name}' of '{_request.Definition.Family}' has no local equivalent; it is an empty Docker volume that lives as long as the task.");
                }
                dockerName = DockerNames.TaskVolume(_context.App, TaskId, name);
                await CreateVolumeAsync(dockerName, volume.DockerVolumeConfiguration, shared: false).ConfigureAwait(false);
                _taskVolumes.Add(dockerName);
            }
            _volumeSources[name] = (false, dockerName);
        }
    }

    private async Task CreateVolumeAsync(string name, DockerVolumeConfiguration? configuration, bool shared)
    {
        var labels = new Dictionary<string, string>(configuration?.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [Labels.App] = _context.App,
            [Labels.Role] = Labels.Roles.Volume,
        };
        if (!shared)
        {
            labels[Labels.Task] = TaskId;
        }
        // Creating a volume that exists returns it unchanged, which is what a shared volume needs.
        await _context.Engine.Client.Volumes.CreateAsync(new VolumesCreateParameters
        {
            Name = name,
            Driver = configuration?.Driver ?? "local",
            DriverOpts = configuration?.DriverOpts?.ToDictionary(o => o.Key, o => o.Value) ?? new Dictionary<string, string>(),
            Labels = labels,
        }).ConfigureAwait(false);
    }

    private List<Mount> MountsOf(ContainerDefinition container) =>
        MountPointsOf(container).Where(m => !m.Source.Bind)
            .Select(m => new Mount { Type = "volume", Source = m.Source.Source, Target = m.Target, ReadOnly = m.ReadOnly })
            .ToList();

    private List<string> BindsOf(ContainerDefinition container) =>
        MountPointsOf(container).Where(m => m.Source.Bind)
            .Select(m => $"{m.Source.Source}:{m.Target}{(m.ReadOnly ? ":ro" : "")}")
            .ToList();

    private IEnumerable<((bool Bind, string Source) Source, string Target, bool ReadOnly)> MountPointsOf(ContainerDefinition container)
    {
        foreach (var mount in container.MountPoints ?? [])
        {
            if (mount.SourceVolume is null || mount.ContainerPath is null)
            {
                continue;
            }
            if (!_volumeSources.TryGetValue(mount.SourceVolume, out var source))
            {
                throw new LocalDockerException($"Task definition '{_request.Definition.Family}', container '{container.Name}': mount point source volume '{mount.SourceVolume}' is not a volume of the task; add it to the task's volumes.");
            }
            yield return (source, mount.ContainerPath, mount.ReadOnly == true);
        }
    }

    private async Task RemoveTaskVolumesAsync()
    {
        foreach (var volume in _taskVolumes)
        {
            try
            {
                await _context.Engine.Client.Volumes.RemoveAsync(volume, force: true).ConfigureAwait(false);
            }
            catch (Exception e) when (IsEngineTrouble(e))
            {
                // Already gone, or still held by a container `down` will remove together with it.
            }
        }
    }
}
