using System.Diagnostics;
using EcsKit.Aws.Tests.Loopback;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// Runs the real AWS CLI v2 (Debian's /usr/bin/aws) against a <see cref="LoopbackEcs"/>, with test credentials,
/// region us-east-1 and an empty home, so that nothing of the machine's AWS setup is read.
/// </summary>
internal static class AwsCli
{
    public const string Path = "/usr/bin/aws";
    public const string AccessKey = "test";
    public const string SecretKey = "test";

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(LoopbackEcs endpoint, string command, string inputJson)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install Debian's awscli (apt-get install -y awscli); scripts/test.sh does this.");
        var home = Directory.CreateTempSubdirectory("ecskit-aws-cli-").FullName;
        try
        {
            var input = System.IO.Path.Combine(home, "input.json");
            await File.WriteAllTextAsync(input, inputJson);
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = home,
            };
            foreach (var arg in new[] { "ecs", command, "--cli-input-json", $"file://{input}", "--endpoint-url", endpoint.Endpoint.ToString().TrimEnd('/'), "--output", "json" })
            {
                start.ArgumentList.Add(arg);
            }
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }
            start.Environment["HOME"] = home;
            start.Environment["AWS_ACCESS_KEY_ID"] = AccessKey;
            start.Environment["AWS_SECRET_ACCESS_KEY"] = SecretKey;
            start.Environment["AWS_REGION"] = "us-east-1";
            start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
            start.Environment["AWS_CONFIG_FILE"] = System.IO.Path.Combine(home, "no-config");
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = System.IO.Path.Combine(home, "no-credentials");
            start.Environment["AWS_MAX_ATTEMPTS"] = "1";
            start.Environment["AWS_PAGER"] = "";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await output, await error);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
