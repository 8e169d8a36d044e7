using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>A task definition: the input of the ECS <c>RegisterTaskDefinition</c> call (model shape <c>RegisterTaskDefinitionRequest</c>). Build one with <see cref="EcsApp.TaskDefinition(string, System.Action{TaskDefinitionBuilder})"/>, read one with <see cref="EcsJson.ParseTaskDefinition"/>.</summary>
public sealed record TaskDefinition : EcsObject
{
    /// <summary>ECS member <c>family</c> (string, required).</summary>
    [JsonPropertyName("family")]
    public required string Family { get; init; }

    /// <summary>ECS member <c>taskRoleArn</c> (string).</summary>
    [JsonPropertyName("taskRoleArn")]
    public string? TaskRoleArn { get; init; }

    /// <summary>ECS member <c>executionRoleArn</c> (string).</summary>
    [JsonPropertyName("executionRoleArn")]
    public string? ExecutionRoleArn { get; init; }

    /// <summary>ECS member <c>networkMode</c> (enum).</summary>
    [JsonPropertyName("networkMode")]
    public NetworkMode? NetworkMode { get; init; }

    /// <summary>ECS member <c>containerDefinitions</c> (list of structure, required).</summary>
    [JsonPropertyName("containerDefinitions")]
    public required IReadOnlyList<ContainerDefinition> ContainerDefinitions { get; init; }

    /// <summary>ECS member <c>volumes</c> (list of structure).</summary>
    [JsonPropertyName("volumes")]
    public IReadOnlyList<Volume>? Volumes { get; init; }

    /// <summary>ECS member <c>placementConstraints</c> (list of structure).</summary>
    [JsonPropertyName("placementConstraints")]
    public IReadOnlyList<TaskDefinitionPlacementConstraint>? PlacementConstraints { get; init; }

    /// <summary>ECS member <c>requiresCompatibilities</c> (list of enum).</summary>
    [JsonPropertyName("requiresCompatibilities")]
    public IReadOnlyList<Compatibility>? RequiresCompatibilities { get; init; }

    /// <summary>ECS member <c>cpu</c> (string).</summary>
    [JsonPropertyName("cpu")]
    public string? Cpu { get; init; }

    /// <summary>ECS member <c>memory</c> (string).</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary>ECS member <c>tags</c> (list of structure).</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>ECS member <c>pidMode</c> (enum).</summary>
    [JsonPropertyName("pidMode")]
    public PidMode? PidMode { get; init; }

    /// <summary>ECS member <c>ipcMode</c> (enum).</summary>
    [JsonPropertyName("ipcMode")]
    public IpcMode? IpcMode { get; init; }

    /// <summary>ECS member <c>proxyConfiguration</c> (structure).</summary>
    [JsonPropertyName("proxyConfiguration")]
    public ProxyConfiguration? ProxyConfiguration { get; init; }

    /// <summary>ECS member <c>inferenceAccelerators</c> (list of structure).</summary>
    [JsonPropertyName("inferenceAccelerators")]
    public IReadOnlyList<InferenceAccelerator>? InferenceAccelerators { get; init; }

    /// <summary>ECS member <c>ephemeralStorage</c> (structure).</summary>
    [JsonPropertyName("ephemeralStorage")]
    public EphemeralStorage? EphemeralStorage { get; init; }

    /// <summary>ECS member <c>runtimePlatform</c> (structure).</summary>
    [JsonPropertyName("runtimePlatform")]
    public RuntimePlatform? RuntimePlatform { get; init; }

    /// <summary>ECS member <c>enableFaultInjection</c> (boolean).</summary>
    [JsonPropertyName("enableFaultInjection")]
    public bool? EnableFaultInjection { get; init; }
}
