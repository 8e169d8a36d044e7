using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>EnvironmentFileType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<EnvironmentFileType>))]
public enum EnvironmentFileType
{
    /// <summary>The ECS value <c>s3</c>.</summary>
    [JsonStringEnumMemberName("s3")]
    S3,
}
