using System.Diagnostics;
using System.Net;
using System.Text;

namespace Samples.Tests;

/// <summary>
/// Runs the real AWS CLI v2 (Debian's /usr/bin/aws) against a local HTTP endpoint that records the request,
/// so that the CLI's own parameter validation and wire format judge EcsKit's JSON.
/// </summary>
internal static class AwsCli
{
    public const string Path = "/usr/bin/aws";

    public sealed record Result(int ExitCode, string Output, string Error, string? RequestBody, string? Target);

    public static async Task<Result> Run(string operation, string inputJson)
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: install Debian's awscli (apt-get install -y awscli); the test script does this.");
        var input = System.IO.Path.GetTempFileName();
        await File.WriteAllTextAsync(input, inputJson);
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = Serve(listener);
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "ecs", operation, "--cli-input-json", $"file://{input}", "--endpoint-url", $"http://127.0.0.1:{port}", "--region", "eu-west-1", "--output", "json" })
            {
                start.ArgumentList.Add(arg);
            }
            start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "not-a-real-secret";
            start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
            start.Environment["AWS_MAX_ATTEMPTS"] = "1";
            start.Environment["AWS_PAGER"] = "";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            listener.Stop();
            var request = await served;
            return new Result(process.ExitCode, await output, await error, request?.Body, request?.Target);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task<(string Body, string? Target)?> Serve(HttpListener listener)
    {
        try
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var target = context.Request.Headers["X-Amz-Target"];
            var reply = "{}"u8.ToArray();
            context.Response.ContentType = "application/x-amz-json-1.1";
            context.Response.ContentLength64 = reply.Length;
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
            return (body, target);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            return null; // the CLI refused the input before sending anything
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
