using System.Text.Json.Nodes;

namespace EcsKit.Tests.Conformance;

/// <summary>The reader claims only the members of the ECS model; any other member is kept and written back.</summary>
public sealed class UnknownMemberTests
{
    private static readonly MinimalJson Minimal = new(EcsModelExtract.Committed);

    public static TheoryData<string> UnknownNames { get; } = new("AdditionalMembers", "ExtensionData", "additionalMembers", "sample");

    // "AdditionalMembers" is the name of a C# property of EcsObject marked [JsonIgnore], not an ECS member; the
    // generated metadata still lists it, and System.Text.Json skips the value of an ignored property instead of
    // handing it to the extension data.
    [Theory]
    [MemberData(nameof(UnknownNames))]
    public void Member_outside_the_ECS_model_is_kept_whatever_its_name(string name)
    {
        var json = Minimal.Object("RegisterTaskDefinitionRequest");
        json[name] = new JsonObject { ["kept"] = 1 };

        var taskDefinition = EcsJson.ParseTaskDefinition(json.ToJsonString());
        var written = JsonNode.Parse(EcsJson.Serialize(taskDefinition))!;

        Assert.Equal(1, taskDefinition.AdditionalMembers?.Count);
        Assert.True(JsonNode.DeepEquals(json, written), written.ToJsonString());
    }
}
