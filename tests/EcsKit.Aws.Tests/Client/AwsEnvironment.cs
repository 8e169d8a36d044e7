using Amazon.Runtime;

namespace EcsKit.Aws.Tests.Client;

/// <summary>Tests that change the process's AWS environment variables run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AwsEnvironmentTests
{
    public const string Name = "AWS environment";
}

/// <summary>
/// Sets the AWS environment a test needs and clears every other AWS variable: empty profile files, no instance
/// metadata, so nothing of the machine the tests run on leaks in. Restores the environment when disposed.
/// </summary>
internal sealed class AwsEnvironment : IDisposable
{
    private static readonly string[] Variables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
        "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_ECS", "AWS_EC2_METADATA_DISABLED",
    ];

    private readonly Dictionary<string, string?> _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    public AwsEnvironment(params (string Name, string Value)[] variables)
    {
        foreach (var name in Variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", IsolatedAwsFiles.ConfigFile);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", IsolatedAwsFiles.CredentialsFile);
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        // The SDK remembers the first region it finds for the whole process.
        FallbackRegionFactory.Reset();
    }

    /// <summary>Writes the test run's AWS config file (emptied again on dispose).</summary>
    public static void WriteConfig(string text) => File.WriteAllText(IsolatedAwsFiles.ConfigFile, text);

    /// <summary>Writes the test run's AWS credentials file (emptied again on dispose).</summary>
    public static void WriteCredentials(string text) => File.WriteAllText(IsolatedAwsFiles.CredentialsFile, text);

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        WriteConfig("");
        WriteCredentials("");
        FallbackRegionFactory.Reset();
    }
}
