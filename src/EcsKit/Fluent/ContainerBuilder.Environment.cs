namespace EcsKit;

public sealed partial class ContainerBuilder
{
    /// <summary>Sets an environment variable (<c>environment</c>); setting a name again replaces its value.</summary>
    /// <remarks>For passwords and keys use <see cref="Secret"/>: environment values are stored in plain text in the task definition.</remarks>
    public ContainerBuilder Environment(string name, string value) =>
        With(c => c with
        {
            Environment = c.Environment.Upsert(e => e.Name == name,
                new EnvironmentVariable { Name = Guard.NotEmpty(name, Owner, nameof(name)), Value = value }),
        });

    /// <summary>Loads environment variables from a file in S3 (<c>environmentFiles</c>), given by its object ARN.</summary>
    public ContainerBuilder EnvironmentFile(string s3ObjectArn) =>
        With(c => c with
        {
            EnvironmentFiles = c.EnvironmentFiles.Plus(new EnvironmentFile { Type = EnvironmentFileType.S3, Value = Guard.NotEmpty(s3ObjectArn, Owner, nameof(s3ObjectArn)) }),
        });

    /// <summary>
    /// Injects a secret as an environment variable (<c>secrets</c>). <paramref name="valueFrom"/> is the ARN of a
    /// Secrets Manager secret or of an SSM parameter (or the parameter's name in the same region).
    /// </summary>
    public ContainerBuilder Secret(string name, string valueFrom) =>
        With(c => c with
        {
            Secrets = c.Secrets.Upsert(s => s.Name == name, new Secret
            {
                Name = Guard.NotEmpty(name, Owner, nameof(name)),
                ValueFrom = Guard.NotEmpty(valueFrom, Owner, nameof(valueFrom)),
            }),
        });

    /// <summary>
    /// Injects a Secrets Manager secret, or one key of a JSON secret, as an environment variable. ECS's
    /// <c>valueFrom</c> form is <c>secret-arn:json-key:version-stage:version-id</c>; this builds it.
    /// </summary>
    public ContainerBuilder SecretsManagerSecret(string name, string secretArn, string? jsonKey = null, string? versionStage = null, string? versionId = null)
    {
        Guard.NotEmpty(secretArn, Owner, nameof(secretArn));
        var valueFrom = jsonKey is null && versionStage is null && versionId is null
            ? secretArn
            : $"{secretArn}:{jsonKey}:{versionStage}:{versionId}";
        return Secret(name, valueFrom);
    }

    /// <summary>Injects an SSM Parameter Store parameter (its ARN, or its name in the task's region) as an environment variable.</summary>
    public ContainerBuilder SsmParameter(string name, string parameterArnOrName) => Secret(name, parameterArnOrName);
}
