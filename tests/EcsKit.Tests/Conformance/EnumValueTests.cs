using System.Reflection;
using System.Text.Json.Nodes;

namespace EcsKit.Tests.Conformance;

/// <summary>Every enumeration value of the ECS model reads, writes unchanged, and survives JSON on a real member.</summary>
public sealed class EnumValueTests
{
    private static readonly EcsModelExtract Model = EcsModelExtract.Committed;
    private static readonly MinimalJson Minimal = new(Model);

    public static TheoryData<string> EnumShapes { get; } = new(Model.Shapes.Values.Where(s => s.IsEnum).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(EnumShapes))]
    public void Every_value_parses_and_is_written_unchanged(string shapeName)
    {
        var type = ModelTypes.EnumForShape(shapeName);
        Assert.NotNull(type);

        foreach (var text in Model.Shape(shapeName).Enum)
        {
            var (parsed, value) = TryParse(type, text);
            Assert.True(parsed, $"{shapeName} does not parse \"{text}\"");
            Assert.Equal(text, ToEcsString(type, value));
        }
    }

    [Theory]
    [MemberData(nameof(EnumShapes))]
    public void Values_are_case_sensitive(string shapeName)
    {
        var type = ModelTypes.EnumForShape(shapeName)!;
        var values = Model.Shape(shapeName).Enum;

        foreach (var text in values)
        {
            foreach (var variant in new[] { text.ToUpperInvariant(), text.ToLowerInvariant() }.Where(v => !values.Contains(v)))
            {
                Assert.False(TryParse(type, variant).Parsed, $"{shapeName} parses \"{variant}\"");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EnumShapes))]
    public void Every_value_survives_a_json_round_trip_on_a_member_that_takes_it(string shapeName)
    {
        var (root, path, member, isList) = FirstMemberTaking(shapeName);

        foreach (var text in Model.Shape(shapeName).Enum)
        {
            var (json, target) = Minimal.Along(root, path);
            target[member] = isList ? new JsonArray(text) : text;

            var written = JsonNode.Parse(EcsRoots.Serialize(EcsRoots.Parse(root, json.ToJsonString())))!;

            var at = path.Aggregate(written, (node, step) => step.IntoList ? node[step.Member]![0]! : node[step.Member]!);
            var value = isList ? at[member]![0]! : at[member]!;
            Assert.Equal(text, value.GetValue<string>());
        }
    }

    [Fact]
    public void Network_modes_read_into_the_task_definition()
    {
        foreach (var text in Model.Shape("NetworkMode").Enum)
        {
            var taskDefinition = EcsJson.ParseTaskDefinition($$"""{"family":"f","containerDefinitions":[],"networkMode":"{{text}}"}""");

            Assert.Equal(text, taskDefinition.NetworkMode!.Value.ToEcsString());
        }
    }

    [Fact]
    public void Launch_types_read_into_the_service()
    {
        foreach (var text in Model.Shape("LaunchType").Enum)
        {
            var service = EcsJson.ParseService($$"""{"serviceName":"s","launchType":"{{text}}"}""");

            Assert.Equal(text, service.LaunchType!.Value.ToEcsString());
        }
    }

    [Fact]
    public void Log_drivers_read_into_the_container_log_configuration()
    {
        foreach (var text in Model.Shape("LogDriver").Enum)
        {
            var taskDefinition = EcsJson.ParseTaskDefinition(
                $$$"""{"family":"f","containerDefinitions":[{"name":"c","logConfiguration":{"logDriver":"{{{text}}}"}}]}""");

            Assert.Equal(text, taskDefinition.ContainerDefinitions[0].LogConfiguration!.LogDriver.ToEcsString());
        }
    }

    // The first member, from the first root on, whose value is the enumeration or a list of it.
    private static (string Root, IReadOnlyList<PathStep> Path, string Member, bool IsList) FirstMemberTaking(string enumShape)
    {
        foreach (var root in EcsModelExtract.Roots)
        {
            foreach (var structure in ModelPath.Structures(Model, root))
            {
                foreach (var member in Model.Shape(structure).Members)
                {
                    var target = Model.Shape(member.Shape);
                    if (target.Name == enumShape || (target.Type == "list" && target.Member == enumShape))
                    {
                        return (root, ModelPath.To(Model, root, structure)!, member.Name, target.Type == "list");
                    }
                }
            }
        }
        throw new InvalidOperationException($"No member of the model takes {enumShape}.");
    }

    private static (bool Parsed, object Value) TryParse(Type enumType, string text)
    {
        var arguments = new object?[] { text, null };
        var parsed = (bool)Method(nameof(EcsValues.TryParse), enumType).Invoke(null, arguments)!;
        return (parsed, arguments[1]!);
    }

    private static string ToEcsString(Type enumType, object value) =>
        (string)Method(nameof(EcsValues.ToEcsString), enumType).Invoke(null, [value])!;

    private static MethodInfo Method(string name, Type enumType) =>
        typeof(EcsValues).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.IsGenericMethodDefinition)
            .MakeGenericMethod(enumType);
}
