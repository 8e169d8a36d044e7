using System.Text.Json.Nodes;
using Amazon.Runtime;
using EcsKit.Aws.Tests.Loopback;
using EcsKit.Aws.Tests.Wire;

namespace EcsKit.Aws.Tests.Client;

/// <summary>
/// Where the client's region, credentials and endpoint come from (options, environment, profile files), and the
/// one-line errors when there are none — raised before any request is sent.
/// </summary>
[Collection(AwsEnvironmentTests.Name)]
public sealed class ClientSetupTests
{
    private static EcsReply NoServices(RecordedRequest _) => EcsReply.Ok(new JsonObject { ["serviceArns"] = new JsonArray() });

    [Fact]
    public void Without_a_region_construction_fails_with_one_line_saying_how_to_set_one()
    {
        using var environment = new AwsEnvironment(("AWS_ACCESS_KEY_ID", "AKIAENV"), ("AWS_SECRET_ACCESS_KEY", "env-secret"));

        var error = Assert.Throws<AwsSetupException>(() => new EcsApiClient());

        Assert.Equal("No AWS region: set AWS_REGION (or --region), or a region in your AWS profile.", error.Message);
        Assert.Throws<AwsSetupException>(() => new EcsApiClient(new EcsApiClientConfig()));
        Assert.Throws<AwsSetupException>(() => new EcsApiClient(new EcsApiClientOptions { ServiceUrl = new Uri("http://127.0.0.1:1/") }));
    }

    [Fact]
    public async Task Without_credentials_the_first_call_fails_with_one_line_before_any_request()
    {
        using var environment = new AwsEnvironment(("AWS_REGION", "us-east-1"));
        await using var ecs = new LoopbackEcs(NoServices);
        using var client = new EcsApiClient(new EcsApiClientOptions { ServiceUrl = ecs.Endpoint });

        var error = await Assert.ThrowsAsync<AwsSetupException>(() => client.ListServicesAsync("shop"));

        Assert.Equal("No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run on an instance/task with a role.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(ecs.Requests);
    }

    [Fact]
    public async Task Credentials_session_token_and_region_come_from_the_environment()
    {
        using var environment = new AwsEnvironment(
            ("AWS_ACCESS_KEY_ID", "AKIAENV"), ("AWS_SECRET_ACCESS_KEY", "env-secret"), ("AWS_SESSION_TOKEN", "session-token-1"), ("AWS_REGION", "eu-central-1"));
        await using var ecs = new LoopbackEcs(NoServices);
        using var client = new EcsApiClient(new EcsApiClientOptions { ServiceUrl = ecs.Endpoint });

        await client.ListServicesAsync("shop");

        var request = Assert.Single(ecs.Requests);
        WireAssert.IsEcsCall(request, "ListServices", "AKIAENV", "env-secret", "eu-central-1");
        Assert.Equal("session-token-1", request.Headers["X-Amz-Security-Token"]);
        Assert.Contains("x-amz-security-token", SigV4Verifier.Parse(request.Headers["Authorization"]).SignedHeaders.Split(';'));
    }

    [Fact]
    public async Task A_named_profile_gives_credentials_and_region()
    {
        using var environment = new AwsEnvironment();
        AwsEnvironment.WriteConfig("[profile deploy]\nregion = ap-southeast-2\n");
        AwsEnvironment.WriteCredentials("[deploy]\naws_access_key_id = AKIAPROFILE\naws_secret_access_key = profile-secret\n");
        await using var ecs = new LoopbackEcs(NoServices);

        using (var client = new EcsApiClient(new EcsApiClientOptions { Profile = "deploy", ServiceUrl = ecs.Endpoint }))
        {
            await client.ListServicesAsync("shop");
        }
        Environment.SetEnvironmentVariable("AWS_PROFILE", "deploy");
        using (var client = new EcsApiClient(new EcsApiClientOptions { ServiceUrl = ecs.Endpoint }))
        {
            await client.ListServicesAsync("shop");
        }

        Assert.Equal(2, ecs.Requests.Count);
        Assert.All(ecs.Requests, r => WireAssert.IsEcsCall(r, "ListServices", "AKIAPROFILE", "profile-secret", "ap-southeast-2"));
    }

    [Fact]
    public void An_unknown_profile_fails_with_one_line()
    {
        using var environment = new AwsEnvironment(("AWS_REGION", "us-east-1"));

        var error = Assert.Throws<AwsSetupException>(() => new EcsApiClient(new EcsApiClientOptions { Profile = "nope" }));

        Assert.StartsWith("AWS profile 'nope' not found:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task The_standard_endpoint_variable_points_the_default_client_at_an_ecs_compatible_endpoint()
    {
        await using var ecs = new LoopbackEcs(NoServices);
        using var environment = new AwsEnvironment(
            ("AWS_ACCESS_KEY_ID", "AKIAENV"), ("AWS_SECRET_ACCESS_KEY", "env-secret"), ("AWS_REGION", "us-east-1"), ("AWS_ENDPOINT_URL_ECS", ecs.Endpoint.ToString()));
        using var client = new EcsApiClient();

        await client.ListServicesAsync("shop");

        WireAssert.IsEcsCall(Assert.Single(ecs.Requests), "ListServices", "AKIAENV", "env-secret", "us-east-1");
    }

    [Fact]
    public void The_default_client_takes_its_region_from_aws_region()
    {
        using var environment = new AwsEnvironment(("AWS_REGION", "ap-northeast-1"));
        using var client = new EcsApiClient();

        Assert.Equal("https://ecs.ap-northeast-1.amazonaws.com", Endpoint(client));
    }

    [Theory]
    [InlineData("eu-west-1", false, "https://ecs.eu-west-1.amazonaws.com")]
    [InlineData("cn-north-1", false, "https://ecs.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-gov-west-1", false, "https://ecs.us-gov-west-1.amazonaws.com")]
    [InlineData("us-east-1", true, "https://ecs-fips.us-east-1.amazonaws.com")]
    public void The_endpoint_is_ecs_in_the_region_of_its_partition(string region, bool fips, string endpoint)
    {
        using var client = new EcsApiClient(new EcsApiClientOptions { Region = region, Credentials = new BasicAWSCredentials("a", "b") });
        ((EcsApiClientConfig)client.Config).UseFIPSEndpoint = fips;

        Assert.Equal(endpoint, Endpoint(client));
    }

    [Fact]
    public void The_configuration_is_ecs_signed_as_ecs_with_standard_retries_and_the_options_timeouts()
    {
        using var client = new EcsApiClient(new EcsApiClientOptions
        {
            Region = "eu-west-1",
            Credentials = new BasicAWSCredentials("a", "b"),
            Timeout = TimeSpan.FromSeconds(12),
            MaxErrorRetries = 6,
        });
        var config = client.Config;

        Assert.Equal(("ECS", "ecs", "ecs", "2014-11-13"), (config.ServiceId, config.AuthenticationServiceName, config.RegionEndpointServiceName, config.ServiceVersion));
        Assert.Equal(RequestRetryMode.Standard, config.RetryMode);
        Assert.Equal((TimeSpan.FromSeconds(12), 6), (config.Timeout, config.MaxErrorRetry));
        Assert.Equal("eu-west-1", config.RegionEndpoint.SystemName);
        using var defaults = new EcsApiClient(new EcsApiClientOptions { Region = "eu-west-1", Credentials = new BasicAWSCredentials("a", "b") });
        Assert.Equal((TimeSpan.FromSeconds(30), EcsApiClientOptions.DefaultMaxErrorRetries), (defaults.Config.Timeout, defaults.Config.MaxErrorRetry));
    }

    private static string Endpoint(EcsApiClient client) =>
        client.Config.DetermineServiceOperationEndpoint(new Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters(new EcsOperationRequest("ListServices", "{}"))).URL.TrimEnd('/');
}
