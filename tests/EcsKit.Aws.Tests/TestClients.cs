using Amazon.Runtime;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests;

/// <summary>Clients pointed at a <see cref="LoopbackEcs"/>, with the test credentials the wire tests expect.</summary>
internal static class TestClients
{
    public const string AccessKey = "test";
    public const string SecretKey = "test-secret";
    public const string Region = "us-east-1";

    public static EcsApiClient For(LoopbackEcs ecs, int maxErrorRetries = 4) => new(new EcsApiClientOptions
    {
        Region = Region,
        Credentials = new BasicAWSCredentials(AccessKey, SecretKey),
        ServiceUrl = ecs.Endpoint,
        Timeout = TimeSpan.FromSeconds(20),
        MaxErrorRetries = maxErrorRetries,
    });
}
