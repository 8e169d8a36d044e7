namespace EcsKit.Docker;

/// <summary>How EcsKit runs applications on the local Docker engine.</summary>
public sealed record LocalDockerOptions
{
    /// <summary>The engine's address; by default DOCKER_HOST, else unix:///var/run/docker.sock.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Where secrets come from (see <see cref="LocalSecrets"/>); by default ECSKIT_SECRET_NAME variables, then .ecskit/secrets.json.</summary>
    public Func<LocalSecretRequest, string?> Secrets { get; init; } = LocalSecrets.Default;

    /// <summary>
    /// Reads an environment file named by a container definition (an S3 object ARN on ECS). By default
    /// <c>arn:aws:s3:::BUCKET/KEY</c> is read from <c>.ecskit/s3/BUCKET/KEY</c> under the current directory, and any
    /// other value as a local path; when the file is not there the task fails to start and says where it looked.
    /// </summary>
    public Func<string, string?> EnvironmentFiles { get; init; } = LocalEnvironmentFiles.Read;

    /// <summary>
    /// Publish awsvpc container ports on the same port of this machine instead of a dynamic one. Off by default:
    /// on ECS every awsvpc task has its own address, locally two replicas would collide.
    /// </summary>
    public bool StaticPorts { get; init; }

    /// <summary>The region containers see in AWS_REGION and task ARNs show; by default AWS_REGION, else us-east-1.</summary>
    public string Region { get; init; } = Environment.GetEnvironmentVariable("AWS_REGION") is { Length: > 0 } region ? region : "us-east-1";

    /// <summary>Serve the task metadata endpoint (ECS_CONTAINER_METADATA_URI_V4) to the application's containers.</summary>
    public bool MetadataEndpoint { get; init; } = true;

    /// <summary>The rules checked before anything starts (errors stop <c>up</c>); ECS0011 is always on locally.</summary>
    public EcsValidationOptions Validation { get; init; } = new();

    /// <summary>Lines for people: what is being done, emulated or replaced. Secrets never appear in them.</summary>
    public Action<string>? Info { get; init; }
}
