namespace EcsKit.Rules;

/// <summary>A task definition as the rules see it. Enumerations are the ECS API strings (<c>awsvpc</c>, <c>FARGATE</c>).</summary>
internal sealed class TaskFacts
{
    /// <summary>The JSON path of the task definition (<c>$</c> for a file of its own).</summary>
    public string Path { get; set; } = "$";

    public Fact<string> Family { get; set; }

    public Fact<string> NetworkMode { get; set; }

    public FactList<Fact<string>> RequiresCompatibilities { get; set; } = new();

    /// <summary>Task-level CPU as written (a string such as <c>"512"</c> or <c>"1 vCPU"</c>).</summary>
    public Fact<string> Cpu { get; set; }

    /// <summary>Task-level memory as written (a string such as <c>"1024"</c> or <c>"2 GB"</c>).</summary>
    public Fact<string> Memory { get; set; }

    public Fact<string> TaskRoleArn { get; set; }

    public Fact<string> ExecutionRoleArn { get; set; }

    public Fact<string> PidMode { get; set; }

    public Fact<string> IpcMode { get; set; }

    public Fact<string> OperatingSystemFamily { get; set; }

    public Fact<string> CpuArchitecture { get; set; }

    /// <summary>Number of task placement constraints (known when the list is complete).</summary>
    public FactList<PlacementConstraintFacts> PlacementConstraints { get; set; } = new();

    public FactList<ContainerFacts> Containers { get; set; } = new();

    public FactList<VolumeFacts> Volumes { get; set; } = new();

    /// <summary>True when FARGATE is among the required compatibilities (even with EC2 listed too).</summary>
    public bool IsFargate
    {
        get
        {
            foreach (var compatibility in RequiresCompatibilities)
            {
                if (compatibility.Is("FARGATE"))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The network mode in effect: awsvpc for Fargate, else the given mode, else bridge (ECS's Linux default); unknown stays unknown.</summary>
    public Fact<string> EffectiveNetworkMode =>
        NetworkMode.IsKnown ? NetworkMode
        : NetworkMode.IsUnknown ? (IsFargate ? Fact<string>.Of("awsvpc") : Fact<string>.Unknown)
        : Fact<string>.Of(IsFargate ? "awsvpc" : IsWindows ? "default" : "bridge");

    public bool IsWindows => OperatingSystemFamily.IsKnown && OperatingSystemFamily.Value.StartsWith("WINDOWS", System.StringComparison.Ordinal);

    public string Member(string name) => Path + "." + name;
}
