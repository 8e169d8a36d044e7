using System.Text.Json.Serialization;

namespace EcsKit;

// Source-generated metadata for every model type; the options below are the ECS API's JSON conventions.
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(TaskDefinition))]
[JsonSerializable(typeof(Service))]
[JsonSerializable(typeof(Cluster))]
internal sealed partial class EcsJsonContext : JsonSerializerContext;
