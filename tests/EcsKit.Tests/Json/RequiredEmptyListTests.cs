using System.Text.Json.Nodes;

namespace EcsKit.Tests.Json;

/// <summary>
/// A required list may be empty (describe-services reports <c>"alarms": {"alarmNames": [], ...}</c> for every
/// service without alarms); writing must keep it, or the output is input neither ECS nor EcsKit takes.
/// </summary>
public sealed class RequiredEmptyListTests
{
    [Theory]
    [InlineData("""{"serviceName":"s","deploymentConfiguration":{"alarms":{"alarmNames":[],"enable":false,"rollback":false}}}""", "$.deploymentConfiguration.alarms.alarmNames")]
    [InlineData("""{"serviceName":"s","networkConfiguration":{"awsvpcConfiguration":{"subnets":[]}}}""", "$.networkConfiguration.awsvpcConfiguration.subnets")]
    [InlineData("""{"serviceName":"s","monitoring":{"metricConfigurations":[{"metricNames":[],"resolutionSeconds":60}]}}""", "$.monitoring.metricConfigurations[0].metricNames")]
    public void Empty_required_list_of_a_service_is_written_back(string json, string path)
    {
        var written = EcsJson.Serialize(EcsJson.ParseService(json));

        Assert.Equal("[]", JsonPaths.Resolve(JsonNode.Parse(written), path)?.ToJsonString());
        Assert.Equal(written, EcsJson.Serialize(EcsJson.ParseService(written)));
    }

    [Theory]
    [InlineData("""{"family":"f","containerDefinitions":[{"name":"a","healthCheck":{"command":[]}}]}""", "$.containerDefinitions[0].healthCheck.command")]
    [InlineData("""{"family":"f","containerDefinitions":[]}""", "$.containerDefinitions")]
    public void Empty_required_list_of_a_task_definition_is_written_back(string json, string path)
    {
        var written = EcsJson.Serialize(EcsJson.ParseTaskDefinition(json));

        Assert.Equal("[]", JsonPaths.Resolve(JsonNode.Parse(written), path)?.ToJsonString());
        Assert.Equal(written, EcsJson.Serialize(EcsJson.ParseTaskDefinition(written)));
    }
}
