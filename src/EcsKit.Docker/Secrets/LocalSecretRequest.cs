namespace EcsKit.Docker;

/// <summary>A secret a local task needs: the environment variable it becomes and where ECS would read it from.</summary>
/// <param name="Family">The task definition family.</param>
/// <param name="Container">The container that asks for it.</param>
/// <param name="Name">The environment variable name.</param>
/// <param name="ValueFrom">The Secrets Manager or Parameter Store ARN or name, as the definition gives it.</param>
public sealed record LocalSecretRequest(string Family, string Container, string Name, string ValueFrom);
