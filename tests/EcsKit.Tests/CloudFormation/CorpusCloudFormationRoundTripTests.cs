using System.Text.Json.Nodes;
using EcsKit.Tests.Json;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// Every corpus task definition EcsJson reads becomes CloudFormation properties and back, and means the same;
/// what CloudFormation cannot express is reported, never lost silently.
/// </summary>
public sealed class CorpusCloudFormationRoundTripTests
{
    public static TheoryData<CorpusFile> CorpusFiles() => new(
        Directory.GetFiles(SharedData.Require("corpus", "taskdefs"))
            .Select(path => new CorpusFile($"taskdefs/{Path.GetFileName(path)}"))
            .OrderBy(f => f.Key, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Task_definition_round_trips_through_cloudformation_properties(CorpusFile file)
    {
        TaskDefinition input;
        try
        {
            input = EcsJson.ParseTaskDefinition(File.ReadAllText(file.FullPath));
        }
        catch (EcsJsonException)
        {
            return; // The corpus round-trip tests pin why EcsJson refuses this file.
        }
        var warnings = new List<string>();
        var properties = EcsCloudFormation.TaskDefinitionProperties(input, warnings);

        var output = EcsCloudFormation.TaskDefinitionFromProperties(properties);

        var expected = JsonNode.Parse(EcsJson.Serialize(input))!.AsObject();
        foreach (var warning in warnings)
        {
            RemoveReported(expected, warning);
        }
        JsonSemantics.AssertEqual(expected, JsonNode.Parse(EcsJson.Serialize(output)));
    }

    [Fact]
    public void Members_without_a_property_are_reported_with_definition_and_member()
    {
        var input = EcsJson.ParseTaskDefinition("""
            {"family":"web","containerDefinitions":[{"name":"app","image":"nginx","futureMember":1}],"futureTop":"x"}
            """);
        var warnings = new List<string>();
        var properties = EcsCloudFormation.TaskDefinitionProperties(input, warnings);
        Assert.Contains("task definition 'web': futureTop has no CloudFormation property and is left out.", warnings);
        Assert.Contains("task definition 'web': containerDefinitions[0].futureMember has no CloudFormation property and is left out.", warnings);
        Assert.False(properties.ContainsKey("FutureTop"));
    }

    /// <summary>Removes the member a warning names ("... : path has no ...") from the expected ECS JSON.</summary>
    private static void RemoveReported(JsonObject root, string warning)
    {
        var path = warning.Split(": ", 2)[1].Split(' ')[0];
        JsonNode? node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = parts[i].Split('[') is [var n, var rest] ? (n, int.Parse(rest.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)) : (parts[i], -1);
            if (i == parts.Length - 1 && index < 0)
            {
                node!.AsObject().Remove(name);
                return;
            }
            node = node![name];
            if (index >= 0)
            {
                node = node![index];
            }
        }
    }
}
