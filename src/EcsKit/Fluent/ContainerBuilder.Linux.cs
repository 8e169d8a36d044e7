namespace EcsKit;

public sealed partial class ContainerBuilder
{
    private ContainerBuilder Linux(Func<LinuxParameters, LinuxParameters> change) =>
        With(c => c with { LinuxParameters = change(c.LinuxParameters ?? new LinuxParameters()) });

    /// <summary>Runs an init process as PID 1 that forwards signals and reaps zombies (<c>linuxParameters.initProcessEnabled</c>).</summary>
    public ContainerBuilder InitProcessEnabled(bool enabled = true) => Linux(l => l with { InitProcessEnabled = enabled });

    /// <summary>Adds Linux capabilities, such as <c>NET_ADMIN</c> (<c>linuxParameters.capabilities.add</c>).</summary>
    public ContainerBuilder AddCapabilities(params string[] capabilities) =>
        Linux(l => l with { Capabilities = (l.Capabilities ?? new KernelCapabilities()) with { Add = (l.Capabilities?.Add).Plus(capabilities) } });

    /// <summary>Drops Linux capabilities, such as <c>ALL</c> (<c>linuxParameters.capabilities.drop</c>).</summary>
    public ContainerBuilder DropCapabilities(params string[] capabilities) =>
        Linux(l => l with { Capabilities = (l.Capabilities ?? new KernelCapabilities()) with { Drop = (l.Capabilities?.Drop).Plus(capabilities) } });

    /// <summary>Size of <c>/dev/shm</c> in MiB (<c>linuxParameters.sharedMemorySize</c>; EC2 only).</summary>
    public ContainerBuilder SharedMemorySize(int mebibytes) => Linux(l => l with { SharedMemorySize = Guard.Positive(mebibytes, Owner, nameof(mebibytes)) });

    /// <summary>Mounts a tmpfs of <paramref name="sizeMiB"/> at <paramref name="containerPath"/> (<c>linuxParameters.tmpfs</c>; EC2 only).</summary>
    public ContainerBuilder Tmpfs(string containerPath, int sizeMiB, params string[] mountOptions) =>
        Linux(l => l with
        {
            Tmpfs = l.Tmpfs.Plus(new Tmpfs
            {
                ContainerPath = Guard.NotEmpty(containerPath, Owner, nameof(containerPath)),
                Size = Guard.Positive(sizeMiB, Owner, nameof(sizeMiB)),
                MountOptions = mountOptions.Length == 0 ? null : [.. mountOptions],
            }),
        });

    /// <summary>Maps a host device into the container (<c>linuxParameters.devices</c>; EC2 only).</summary>
    public ContainerBuilder Device(string hostPath, string? containerPath = null, params DeviceCgroupPermission[] permissions) =>
        Linux(l => l with
        {
            Devices = l.Devices.Plus(new Device
            {
                HostPath = Guard.NotEmpty(hostPath, Owner, nameof(hostPath)),
                ContainerPath = containerPath,
                Permissions = permissions.Length == 0 ? null : [.. permissions],
            }),
        });
}
