namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>An ECS error the fake answers with: its type (ClusterNotFoundException ...) and message.</summary>
public sealed class FakeEcsException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;

    public static FakeEcsException InvalidParameter(string message) => new("InvalidParameterException", message);

    public static FakeEcsException Client(string message) => new("ClientException", message);

    public static FakeEcsException ClusterNotFound() => new("ClusterNotFoundException", "Cluster not found.");

    public static FakeEcsException ServiceNotFound() => new("ServiceNotFoundException", "Service not found.");

    public static FakeEcsException ServiceNotActive() => new("ServiceNotActiveException", "Service was not ACTIVE.");
}
