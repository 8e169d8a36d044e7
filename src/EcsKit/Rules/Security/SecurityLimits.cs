namespace EcsKit.Rules;

/// <summary>The limits the security section checks, as the ECS API model states them.</summary>
internal static class SecurityLimits
{
    /// <summary>The most environment files a container may load.</summary>
    public const int MaxEnvironmentFiles = 10;

    /// <summary>The extension an environment file's object key must have.</summary>
    public const string EnvironmentFileExtension = ".env";

    /// <summary>User values that run the container as root.</summary>
    public static readonly string[] RootUsers = { "root", "0" };
}
