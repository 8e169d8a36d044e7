using Docker.DotNet;

namespace EcsKit.Docker.Engine;

/// <summary>A connection to one Docker engine, checked to answer before anything else happens.</summary>
internal sealed class DockerEngine : IDisposable
{
    /// <summary>The engine API version EcsKit speaks: Debian's Docker 20.10 serves 1.41, and everything EcsKit uses exists there.</summary>
    private static readonly Version ApiVersion = new(1, 41);

    private DockerEngine(IDockerClient client, Uri endpoint)
    {
        Client = client;
        Endpoint = endpoint;
    }

    public IDockerClient Client { get; }

    public Uri Endpoint { get; }

    /// <summary>The engine at <paramref name="endpoint"/>, else at DOCKER_HOST, else at the default socket.</summary>
    /// <exception cref="LocalDockerException">No engine answers there.</exception>
    public static async Task<DockerEngine> ConnectAsync(Uri? endpoint, CancellationToken cancellationToken)
    {
        var uri = endpoint ?? DefaultEndpoint();
        var client = new DockerClientBuilder().WithEndpoint(uri).WithApiVersion(ApiVersion).Build();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await client.System.PingAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new LocalDockerException($"no Docker engine at {uri}: start one, or set DOCKER_HOST ({Reason(e)})", e);
        }
        return new DockerEngine(client, uri);
    }

    internal static Uri DefaultEndpoint()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(host))
        {
            return new Uri("unix:///var/run/docker.sock");
        }
        if (!Uri.TryCreate(host.Trim(), UriKind.Absolute, out var uri))
        {
            throw new LocalDockerException($"DOCKER_HOST is '{host}', which is not an address: use unix:///path/to/docker.sock or tcp://host:port.");
        }
        return uri;
    }

    private static string Reason(Exception e) => e switch
    {
        OperationCanceledException or TimeoutException => "no answer within 10 s",
        _ => (e.InnerException ?? e).Message,
    };

    public void Dispose() => Client.Dispose();
}
