using System.Runtime.CompilerServices;

namespace EcsKit.Aws.Tests;

/// <summary>
/// Points the AWS config and credentials files of the whole test run at empty files of its own, before any test
/// runs: the SDK settles these paths once per process (only to files that exist then), and the machine's own
/// ~/.aws must not leak into the tests.
/// </summary>
internal static class IsolatedAwsFiles
{
    public static string ConfigFile { get; private set; } = "";

    public static string CredentialsFile { get; private set; } = "";

#pragma warning disable CA2255 // A module initializer is the one place that runs before the SDK's static state is built.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Isolate()
    {
        var folder = Directory.CreateTempSubdirectory("ecskit-aws-tests-").FullName;
        ConfigFile = Path.Combine(folder, "config");
        CredentialsFile = Path.Combine(folder, "credentials");
        File.WriteAllText(ConfigFile, "");
        File.WriteAllText(CredentialsFile, "");
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", ConfigFile);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
    }
}
