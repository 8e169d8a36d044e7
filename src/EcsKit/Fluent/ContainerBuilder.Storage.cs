namespace EcsKit;

public sealed partial class ContainerBuilder
{
    /// <summary>Mounts a volume of the task at <paramref name="containerPath"/> (<c>mountPoints</c>).</summary>
    public ContainerBuilder Mount(string sourceVolume, string containerPath, bool readOnly = false) =>
        With(c => c with
        {
            MountPoints = c.MountPoints.Plus(new MountPoint
            {
                SourceVolume = Guard.NotEmpty(sourceVolume, Owner, nameof(sourceVolume)),
                ContainerPath = Guard.NotEmpty(containerPath, Owner, nameof(containerPath)),
                ReadOnly = readOnly ? true : null,
            }),
        });

    /// <summary>Mounts every volume of another container of the task (<c>volumesFrom</c>).</summary>
    public ContainerBuilder VolumesFrom(string sourceContainer, bool readOnly = false) =>
        With(c => c with
        {
            VolumesFrom = c.VolumesFrom.Plus(new VolumeFrom
            {
                SourceContainer = Guard.NotEmpty(sourceContainer, Owner, nameof(sourceContainer)),
                ReadOnly = readOnly ? true : null,
            }),
        });
}
