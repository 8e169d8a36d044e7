namespace EcsKit.Aws;

/// <summary>The constants of ECS's JSON 1.1 wire protocol (service-2.json metadata).</summary>
internal static class EcsJsonProtocol
{
    public const string TargetPrefix = "AmazonEC2ContainerServiceV20141113";
    public const string ContentType = "application/x-amz-json-1.1";
    public const string ApiVersion = "2014-11-13";
    public const string SigningName = "ecs";
    public const string ServiceId = "ECS";

    /// <summary>The name AWSSDK.ECS gives its requests inside the SDK runtime (logs, metrics).</summary>
    public const string SdkServiceName = "Amazon.ECS";
}
