using System.Text.Json.Nodes;
using EcsKit.CloudFormation;

namespace EcsKit.Tests.CloudFormation;

/// <summary>The generated mapping table agrees with the CloudFormation registry schemas it was generated from.</summary>
public sealed class MappingTableTests
{
    private static readonly Dictionary<string, string> SchemaFiles = new(StringComparer.Ordinal)
    {
        ["TaskDefinition"] = "aws-ecs-taskdefinition.json",
        ["Service"] = "aws-ecs-service.json",
        ["Cluster"] = "aws-ecs-cluster.json",
    };

    [Fact]
    public void Every_cloudformation_name_in_the_table_is_a_schema_property()
    {
        foreach (var row in CloudFormationMappingTable.Rows.Where(r => r.Cfn is not null))
        {
            var properties = Properties(row.Definition);
            Assert.True(properties.ContainsKey(row.Cfn!), $"{row.Definition}.{row.Cfn} is not in the schema");
            var property = properties[row.Cfn!]!.AsObject();
            if (row.CfnRef is not null)
            {
                Assert.EndsWith("/" + row.CfnRef.Split('.')[1], (string?)property["$ref"], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Names_that_differ_from_the_ecs_member_are_the_known_cloudformation_spellings()
    {
        var renamed = CloudFormationMappingTable.Rows
            .Where(r => r.Cfn is not null && !string.Equals(r.Cfn, r.Ecs, StringComparison.OrdinalIgnoreCase))
            .Select(r => $"{r.Definition}.{r.Ecs}->{r.Cfn}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Cluster.settings->ClusterSettings", "Service.placementStrategy->PlacementStrategies", "TaskDefinition.ProxyConfiguration.properties->ProxyConfigurationProperties"],
            renamed);
        var row = CloudFormationMappingTable.Rows.Single(r => r.Definition == "TaskDefinition.Volume" && r.Ecs == "efsVolumeConfiguration");
        Assert.Equal("EFSVolumeConfiguration", row.Cfn);
        Assert.Equal("FilesystemId", CloudFormationMappingTable.Rows.Single(r => r.Definition == "TaskDefinition.EFSVolumeConfiguration" && r.Ecs == "fileSystemId").Cfn);
    }

    [Fact]
    public void Only_the_known_members_have_no_property()
    {
        Assert.Equal(["Service.clientToken"],
            CloudFormationMappingTable.Rows.Where(r => r.Cfn is null).Select(r => $"{r.Definition}.{r.Ecs}"));
    }

    private static JsonObject Properties(string definition)
    {
        var parts = definition.Split('.');
        var schema = JsonNode.Parse(File.ReadAllText(SharedData.Require("specs", "cloudformation", SchemaFiles[parts[0]])))!;
        return (parts.Length == 1 ? schema["properties"] : schema["definitions"]![parts[1]]!["properties"])!.AsObject();
    }
}
