using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// hostPort as ECS stores it: in awsvpc and host mode it is always the containerPort (ECS fills it in); in bridge mode
/// 0 means a dynamic port, like no hostPort at all.
/// </summary>
internal sealed class PortMappingHostPorts : IJsonNormalizer
{
    public static readonly PortMappingHostPorts Instance = new();

    private PortMappingHostPorts()
    {
    }

    public string Rule => "containerDefinitions[].portMappings[].hostPort = containerPort (awsvpc, host) or 0 (bridge)";

    public void Apply(JsonObject root)
    {
        var mode = TaskDefinitionFacts.NetworkMode(root);
        foreach (var (mapping, _) in JsonPattern.Members(root, "containerDefinitions[].portMappings[].hostPort"))
        {
            if (mapping["hostPort"] is not JsonValue hostPort || !hostPort.TryGetValue<int>(out var host))
            {
                continue;
            }
            var same = mode switch
            {
                "awsvpc" or "host" => mapping["containerPort"] is JsonValue c && c.TryGetValue<int>(out var container) && container == host,
                "bridge" => host == 0,
                _ => false,
            };
            if (same)
            {
                mapping.Remove("hostPort");
            }
        }
    }
}
