using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ResourceType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ResourceType>))]
public enum ResourceType
{
    /// <summary>The ECS value <c>GPU</c>.</summary>
    [JsonStringEnumMemberName("GPU")]
    Gpu,

    /// <summary>The ECS value <c>InferenceAccelerator</c>.</summary>
    [JsonStringEnumMemberName("InferenceAccelerator")]
    InferenceAccelerator,

    /// <summary>The ECS value <c>NeuronDevice</c>.</summary>
    [JsonStringEnumMemberName("NeuronDevice")]
    NeuronDevice,
}
