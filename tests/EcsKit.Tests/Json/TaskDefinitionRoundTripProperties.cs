using System.Text.Json.Nodes;
using CsCheck;

namespace EcsKit.Tests.Json;

/// <summary>
/// Any valid task definition or service writes, reads back and writes again to the very same text, and neither
/// writing nor reading loses a member (checked against <see cref="ReflectedJson"/>).
/// </summary>
public sealed class TaskDefinitionRoundTripProperties
{
    private const int Iterations = 300;

    [Fact]
    public void Task_definition_serialize_parse_serialize_gives_the_same_text() =>
        TaskDefinitionGenerators.TaskDefinition.Sample(taskDefinition =>
        {
            var written = EcsJson.Serialize(taskDefinition);
            var read = EcsJson.ParseTaskDefinition(written);

            Assert.Equal(written, EcsJson.Serialize(read));
        }, iter: Iterations, print: EcsJson.Serialize);

    [Fact]
    public void Task_definition_keeps_every_member_through_writing_and_reading() =>
        TaskDefinitionGenerators.TaskDefinition.Sample(taskDefinition =>
        {
            var expected = ReflectedJson.Of(taskDefinition);
            var written = EcsJson.Serialize(taskDefinition);

            JsonSemantics.AssertEqual(expected, JsonNode.Parse(written));
            JsonSemantics.AssertEqual(expected, ReflectedJson.Of(EcsJson.ParseTaskDefinition(written)));
        }, iter: Iterations, print: EcsJson.Serialize);

    [Fact]
    public void Service_serialize_parse_serialize_gives_the_same_text() =>
        ServiceGenerators.Service.Sample(service =>
        {
            var written = EcsJson.Serialize(service);
            var read = EcsJson.ParseService(written);

            Assert.Equal(written, EcsJson.Serialize(read));
        }, iter: Iterations, print: EcsJson.Serialize);

    [Fact]
    public void Service_keeps_every_member_through_writing_and_reading() =>
        ServiceGenerators.Service.Sample(service =>
        {
            var expected = ReflectedJson.Of(service);
            var written = EcsJson.Serialize(service);

            JsonSemantics.AssertEqual(expected, JsonNode.Parse(written));
            JsonSemantics.AssertEqual(expected, ReflectedJson.Of(EcsJson.ParseService(written)));
        }, iter: Iterations, print: EcsJson.Serialize);
}
