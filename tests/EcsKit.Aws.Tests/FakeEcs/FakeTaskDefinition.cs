using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

/// <summary>A registered revision: the RegisterTaskDefinition input as ECS stores it (defaults filled in, tags apart).</summary>
public sealed class FakeTaskDefinition(string family, int revision, string arn, JsonObject body, DateTimeOffset registeredAt)
{
    public string Family { get; } = family;

    public int Revision { get; } = revision;

    public string Arn { get; } = arn;

    public JsonObject Body { get; } = body;

    public DateTimeOffset RegisteredAt { get; } = registeredAt;

    public string Status { get; set; } = "ACTIVE";

    public DateTimeOffset? DeregisteredAt { get; set; }

    public IEnumerable<string> ContainerNames =>
        (Body["containerDefinitions"] as JsonArray ?? []).Select(c => (string?)c?["name"] ?? "app");
}
