namespace EcsKit.Aws;

/// <summary>The ECS errors that mean the resource a destroy is after no longer exists.</summary>
internal static class AlreadyGone
{
    public static bool Is(EcsApiException error) =>
        error.ErrorCode is "ClusterNotFoundException" or "ServiceNotFoundException" or "ServiceNotActiveException";
}
