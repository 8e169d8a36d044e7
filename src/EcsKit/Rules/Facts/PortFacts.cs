namespace EcsKit.Rules;

/// <summary>A port mapping as the rules see it.</summary>
internal sealed class PortFacts
{
    /// <summary>The JSON path of the mapping, such as <c>$.containerDefinitions[1].portMappings[0]</c>.</summary>
    public string Path { get; set; } = "";

    public Fact<int> ContainerPort { get; set; }

    public Fact<int> HostPort { get; set; }

    /// <summary>tcp or udp; absent means tcp.</summary>
    public Fact<string> Protocol { get; set; }

    public Fact<string> ContainerPortRange { get; set; }

    public Fact<string> Name { get; set; }

    public Fact<string> AppProtocol { get; set; }

    /// <summary>The protocol in effect (tcp when absent); unknown stays unknown.</summary>
    public Fact<string> EffectiveProtocol => Protocol.IsAbsent ? Fact<string>.Of("tcp") : Protocol;

    public string Member(string name) => Path + "." + name;
}
