using Amazon.Runtime;

namespace EcsKit.Aws;

/// <summary>
/// How <see cref="EcsApiClient"/> finds its credentials, region and endpoint. Every member is optional: left
/// out, the AWS SDK's usual resolution applies (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or the
/// default profile, web identity, the ECS task role or the EC2 instance role; AWS_REGION or the profile's region).
/// </summary>
public sealed record EcsApiClientOptions
{
    /// <summary>The region, such as <c>eu-west-1</c>; overrides AWS_REGION and the profile's region.</summary>
    public string? Region { get; init; }

    /// <summary>A named profile of ~/.aws/config and ~/.aws/credentials, for credentials and region; overrides AWS_PROFILE.</summary>
    public string? Profile { get; init; }

    /// <summary>Credentials to use instead of the default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>An ECS-compatible endpoint to call instead of <c>https://ecs.{region}.amazonaws.com</c>; requests are still signed for the region.</summary>
    public Uri? ServiceUrl { get; init; }

    /// <summary>How long one HTTP attempt may take before it is abandoned (and retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a throttled, timed-out or 5xx request is retried, with exponential backoff and jitter; when
    /// left out, AWS_MAX_ATTEMPTS or the profile's max_attempts decide, else <see cref="DefaultMaxErrorRetries"/>.
    /// </summary>
    public int? MaxErrorRetries { get; init; }

    /// <summary>
    /// The retries when nothing else says: more than the SDK's 2, because deploying polls Describe* calls that ECS
    /// throttles per account.
    /// </summary>
    public const int DefaultMaxErrorRetries = 4;
}
