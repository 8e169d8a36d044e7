using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Loopback;

/// <summary>A request the loopback endpoint received: the operation (from X-Amz-Target), headers and JSON body.</summary>
public sealed record RecordedRequest(string Operation, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The HTTP method (POST for every ECS call).</summary>
    public string Method { get; init; } = "";

    /// <summary>The path and query of the request URL (/ for every ECS call).</summary>
    public string Path { get; init; } = "";

    public JsonObject Json => JsonNode.Parse(Body)?.AsObject() ?? [];
}

/// <summary>What the endpoint answers: an HTTP status and a JSON body (ECS errors are 400 with {"__type", "message"}).</summary>
public sealed record EcsReply(int Status, string Json)
{
    public static EcsReply Ok(JsonNode body) => new(200, body.ToJsonString());

    public static EcsReply Error(string type, string message, int status = 400) =>
        new(status, new JsonObject { ["__type"] = type, ["message"] = message }.ToJsonString());
}

/// <summary>
/// An ECS-compatible endpoint on 127.0.0.1 for tests: it records every request and answers with what the handler
/// returns for the operation (JSON 1.1: POST /, X-Amz-Target AmazonEC2ContainerServiceV20141113.Operation).
/// </summary>
public sealed class LoopbackEcs : IAsyncDisposable
{
    public const string TargetPrefix = "AmazonEC2ContainerServiceV20141113.";

    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, EcsReply> _handler;
    private readonly Task _loop;

    public LoopbackEcs(Func<RecordedRequest, EcsReply> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between the probe and the bind.
            }
        }
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IReadOnlyList<string> Operations => Requests.Select(r => r.Operation).ToList();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            var target = headers.GetValueOrDefault("X-Amz-Target", "");
            var request = new RecordedRequest(target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target, headers, body)
            {
                Method = context.Request.HttpMethod,
                Path = context.Request.RawUrl ?? "",
            };
            Requests.Enqueue(request);
            EcsReply reply;
            try
            {
                reply = _handler(request);
            }
            catch (Exception e)
            {
                reply = EcsReply.Error("ServerException", e.Message, 500);
            }
            var bytes = Encoding.UTF8.GetBytes(reply.Json);
            try
            {
                context.Response.StatusCode = reply.Status;
                context.Response.ContentType = "application/x-amz-json-1.1";
                context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
            {
                // The client gave up on this request (a timeout test): keep serving the next ones.
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
