using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>The ECS API shape <c>LinuxParameters</c>.</summary>
public sealed record LinuxParameters : EcsObject
{
    /// <summary>ECS member <c>capabilities</c> (structure).</summary>
    [JsonPropertyName("capabilities")]
    public KernelCapabilities? Capabilities { get; init; }

    /// <summary>ECS member <c>devices</c> (list of structure).</summary>
    [JsonPropertyName("devices")]
    public IReadOnlyList<Device>? Devices { get; init; }

    /// <summary>ECS member <c>initProcessEnabled</c> (boolean).</summary>
    [JsonPropertyName("initProcessEnabled")]
    public bool? InitProcessEnabled { get; init; }

    /// <summary>ECS member <c>sharedMemorySize</c> (integer).</summary>
    [JsonPropertyName("sharedMemorySize")]
    public int? SharedMemorySize { get; init; }

    /// <summary>ECS member <c>tmpfs</c> (list of structure).</summary>
    [JsonPropertyName("tmpfs")]
    public IReadOnlyList<Tmpfs>? Tmpfs { get; init; }

    /// <summary>ECS member <c>maxSwap</c> (integer).</summary>
    [JsonPropertyName("maxSwap")]
    public int? MaxSwap { get; init; }

    /// <summary>ECS member <c>swappiness</c> (integer).</summary>
    [JsonPropertyName("swappiness")]
    public int? Swappiness { get; init; }
}
