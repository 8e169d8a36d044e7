namespace EcsKit.Aws;

/// <summary>The ECS API client on AWSSDK.Core (placeholder until the client lands).</summary>
public sealed partial class EcsApiClient
{
}
