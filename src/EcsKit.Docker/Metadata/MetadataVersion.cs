namespace EcsKit.Docker.Metadata;

/// <summary>The versions of the task metadata endpoint served; v3 is v4 without the members v4 added.</summary>
internal enum MetadataVersion
{
    V3 = 3,
    V4 = 4,
}
