namespace EcsKit.Aws;

/// <summary>A registered task definition revision.</summary>
/// <param name="TaskDefinitionArn">Its ARN (…:task-definition/family:revision).</param>
/// <param name="Revision">Its revision number.</param>
/// <param name="Status">ACTIVE, INACTIVE or DELETE_IN_PROGRESS.</param>
/// <param name="Definition">The definition as a request shape (read-only members dropped, tags included), for comparing with the declared one.</param>
public sealed record EcsTaskDefinitionInfo(string TaskDefinitionArn, int Revision, string Status, TaskDefinition Definition);
