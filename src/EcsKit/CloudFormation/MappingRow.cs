namespace EcsKit.CloudFormation;

/// <summary>One ECS member of one shape and the CloudFormation property it becomes.</summary>
/// <param name="Definition">The CloudFormation definition holding the property: <c>TaskDefinition</c> (the resource) or <c>TaskDefinition.ContainerDefinition</c>.</param>
/// <param name="Ecs">The ECS member name (camelCase).</param>
/// <param name="Cfn">The CloudFormation property name, or null where CloudFormation has none.</param>
/// <param name="CfnKind">The CloudFormation type of the property.</param>
/// <param name="CfnRef">The nested definition when <paramref name="CfnKind"/> is an object.</param>
/// <param name="CfnItemKind">The CloudFormation type of the items when <paramref name="CfnKind"/> is an array.</param>
/// <param name="CfnItemRef">The nested definition of the items when they are objects.</param>
/// <param name="EcsKind">The ECS type of the member.</param>
/// <param name="EcsItemKind">The ECS type of the items when the member is a list.</param>
internal sealed record MappingRow(
    string Definition,
    string Ecs,
    string? Cfn,
    CfnKind CfnKind,
    string? CfnRef,
    CfnKind CfnItemKind,
    string? CfnItemRef,
    CfnKind EcsKind,
    CfnKind EcsItemKind);
