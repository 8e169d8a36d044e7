using System.Text.Json.Nodes;
using EcsKit.CloudFormation;

namespace EcsKit;

/// <summary>
/// CloudFormation for an <see cref="EcsApp"/>: one template with an <c>AWS::ECS::Cluster</c>, <c>AWS::ECS::TaskDefinition</c>
/// and <c>AWS::ECS::Service</c> per resource, wired with Ref, and the reverse for task definitions.
/// </summary>
public static class EcsCloudFormation
{
    /// <summary>Synthesizes the template of <paramref name="app"/>.</summary>
    /// <remarks>
    /// ECS members CloudFormation has no property for are left out and listed in <see cref="CloudFormationTemplate.Warnings"/>,
    /// as are templates over the inline (51,200 bytes) or S3 (1 MB) size limits.
    /// </remarks>
    public static CloudFormationTemplate Synthesize(EcsApp app, CloudFormationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new TemplateSynthesizer(app, options ?? new CloudFormationOptions()).Build();
    }

    /// <summary>
    /// Reads the Properties of an <c>AWS::ECS::TaskDefinition</c> resource as a task definition, for round trips and for
    /// importing templates.
    /// </summary>
    /// <exception cref="ArgumentException">A property is not a literal value (a Ref or Fn:: object) or has no ECS member; the message names it.</exception>
    /// <exception cref="EcsJsonException">The properties are not a task definition ECS would take.</exception>
    public static TaskDefinition TaskDefinitionFromProperties(JsonObject properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var ecs = CloudFormationMapping.ToEcs(properties, "TaskDefinition");
        return EcsJson.ParseTaskDefinition(ecs.ToJsonString());
    }

    /// <summary>The CloudFormation properties of one task definition, with what they could not say added to <paramref name="warnings"/>.</summary>
    internal static JsonObject TaskDefinitionProperties(TaskDefinition taskDefinition, ICollection<string> warnings) =>
        CloudFormationMapping.ToCloudFormation(
            JsonNode.Parse(EcsJson.Serialize(taskDefinition))!.AsObject(), "TaskDefinition", $"task definition '{taskDefinition.Family}'", warnings);
}
