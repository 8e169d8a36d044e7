using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>A cluster of the fake: its CreateCluster input and its status.</summary>
public sealed class FakeCluster(string name, string arn, JsonObject spec)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    /// <summary>The CreateCluster input, without clusterName and tags.</summary>
    public JsonObject Spec { get; set; } = spec;

    public string Status { get; set; } = "ACTIVE";
}
