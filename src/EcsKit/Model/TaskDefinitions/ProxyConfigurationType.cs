using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Values of the ECS API enumeration <c>ProxyConfigurationType</c>.</summary>
[JsonConverter(typeof(EcsEnumConverter<ProxyConfigurationType>))]
public enum ProxyConfigurationType
{
    /// <summary>The ECS value <c>APPMESH</c>.</summary>
    [JsonStringEnumMemberName("APPMESH")]
    Appmesh,
}
