using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Internal;

namespace EcsKit.Aws;

/// <summary>
/// Finds the region (and named profile) of an <see cref="EcsApiClient"/> before it is built, and words what is
/// missing as one line that says how to provide it.
/// </summary>
internal static class AwsSetup
{
    public const string NoCredentials =
        "No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run on an instance/task with a role.";

    public const string NoRegion =
        "No AWS region: set AWS_REGION (or --region), or a region in your AWS profile.";

    public static string NoProfile(string name) =>
        $"AWS profile '{name}' not found: add it to ~/.aws/config or ~/.aws/credentials, or choose another with AWS_PROFILE (or --profile).";

    public static string NoProfileCredentials(string name) =>
        $"No AWS credentials in profile '{name}': add aws_access_key_id/aws_secret_access_key, a role or SSO settings to it, or choose another profile.";

    public static EcsApiClientConfig CreateConfig(EcsApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new EcsApiClientConfig { Timeout = options.Timeout };
        if (options.MaxErrorRetries is { } retries)
        {
            config.MaxErrorRetry = retries;
        }
        else if (FallbackInternalConfigurationFactory.MaxAttempts is null)
        {
            config.MaxErrorRetry = EcsApiClientOptions.DefaultMaxErrorRetries;
        }
        var region = options.Region;
        if (options.Profile is { Length: > 0 } profileName)
        {
            if (!new CredentialProfileStoreChain().TryGetProfile(profileName, out var profile))
            {
                throw new AwsSetupException(NoProfile(profileName));
            }
            config.Profile = new Profile(profileName);
            region ??= profile.Region?.SystemName;
        }
        region ??= DefaultRegion() ?? throw new AwsSetupException(NoRegion);
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        // Signing always uses the region found here, also for a custom endpoint whose host names no region.
        config.AuthenticationRegion = region;
        return config;
    }

    /// <summary>Checks a configuration built by the caller: it must name a region, or an endpoint and a signing region.</summary>
    public static EcsApiClientConfig Check(EcsApiClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!string.IsNullOrEmpty(config.ServiceURL))
        {
            if (string.IsNullOrEmpty(config.AuthenticationRegion))
            {
                config.AuthenticationRegion = DefaultRegion() ?? throw new AwsSetupException(NoRegion);
            }
            return config;
        }
        try
        {
            // The getter runs the SDK's region resolution (AWS_REGION, profile, instance metadata) when none was set.
            if (config.RegionEndpoint is null)
            {
                throw new AwsSetupException(NoRegion);
            }
        }
        catch (AmazonClientException e)
        {
            throw new AwsSetupException(NoRegion, e);
        }
        return config;
    }

    private static string? DefaultRegion()
    {
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
        }
        catch (AmazonClientException e)
        {
            throw new AwsSetupException(NoRegion, e);
        }
    }
}
