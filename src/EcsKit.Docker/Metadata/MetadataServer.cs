using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Docker.DotNet;

namespace EcsKit.Docker.Metadata;

/// <summary>
/// The task metadata endpoint (v4, v3) and the agent introspection API (v1) for the local tasks of one application,
/// on one address: the runner gives the gateway of the application's Docker network, which its containers reach
/// and other machines do not. A minimal HTTP/1.1 server (GET only, one request per connection) is all the clients
/// of these endpoints need, and binding a socket to port 0 picks a free port without a probe-then-bind race.
/// </summary>
internal sealed class MetadataServer : IAsyncDisposable
{
    /// <summary>The variable that gives a container its v4 endpoint.</summary>
    public const string UriV4Variable = "ECS_CONTAINER_METADATA_URI_V4";

    /// <summary>The variable that gives a container its v3 endpoint.</summary>
    public const string UriV3Variable = "ECS_CONTAINER_METADATA_URI";

    /// <summary>Bounds a request from accept to the last byte; stats alone take Docker about a second per container.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Connections served at once; more wait to be accepted, so a client in a loop cannot exhaust the process.</summary>
    private const int MaxConnections = 64;

    private readonly TcpListener _listener;
    private readonly MetadataRoutes _routes;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _slots = new(MaxConnections, MaxConnections);
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private readonly Task _accepting;
    private long _connectionCount;
    private int _disposed;

    private MetadataServer(TcpListener listener, MetadataRoutes routes)
    {
        _listener = listener;
        _routes = routes;
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        Address = endpoint.Address;
        Port = endpoint.Port;
        BaseUri = new UriBuilder(Uri.UriSchemeHttp, Address.ToString(), Port).Uri;
        _accepting = AcceptAsync();
    }

    /// <summary>The address the server listens on, and only there.</summary>
    public IPAddress Address { get; }

    /// <summary>The port the system gave the server.</summary>
    public int Port { get; }

    /// <summary><c>http://ADDRESS:PORT/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>Starts a server on <paramref name="address"/> (a free port) that answers from <paramref name="directory"/> and the engine.</summary>
    /// <exception cref="LocalDockerException">Nothing can listen on that address (it is not one of this machine's).</exception>
    public static MetadataServer Start(IPAddress address, ITaskDirectory directory, IDockerClient docker)
    {
        ArgumentNullException.ThrowIfNull(docker);
        return Start(address, directory, new DockerContainerSource(docker));
    }

    internal static MetadataServer Start(IPAddress address, ITaskDirectory directory, IContainerSource containers)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(containers);
        var listener = new TcpListener(address, 0);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            listener.Dispose();
            throw new LocalDockerException($"cannot serve the task metadata endpoint on {address}: {e.Message}", e);
        }
        return new MetadataServer(listener, new MetadataRoutes(directory, containers));
    }

    /// <summary>A new metadata token: 32 random hex characters, which nobody can guess to read another task's metadata.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The v4 endpoint of the container <paramref name="token"/> was issued to: the value of <see cref="UriV4Variable"/>.</summary>
    public Uri UriFor(string token) => new(BaseUri, $"v4/{CheckToken(token)}");

    /// <summary>The v3 endpoint of the container <paramref name="token"/> was issued to: the value of <see cref="UriV3Variable"/>.</summary>
    public Uri V3UriFor(string token) => new(BaseUri, $"v3/{CheckToken(token)}");

    /// <summary>The variables to give the container <paramref name="token"/> was issued to.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(string token) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [UriV4Variable] = UriFor(token).AbsoluteUri,
        [UriV3Variable] = V3UriFor(token).AbsoluteUri,
    };

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        _listener.Dispose();
        _stopping.Dispose();
        _slots.Dispose();
    }

    private static string CheckToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        // The token is a path segment: anything but letters and digits would need escaping and could change the route.
        return token.All(char.IsAsciiLetterOrDigit) ? token : throw new ArgumentException($"'{token}' is not a metadata token: use NewToken().", nameof(token));
    }

    private async Task AcceptAsync()
    {
        // Off the caller's thread: Start returns once the socket listens.
        await Task.Yield();
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                await _slots.WaitAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                client = await _listener.AcceptTcpClientAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                _slots.Release();
                if (stopping.IsCancellationRequested)
                {
                    return;
                }
                // A connection that failed before it was accepted (reset, out of descriptors): wait a little, serve on.
                try
                {
                    await Task.Delay(50, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                continue;
            }
            var id = Interlocked.Increment(ref _connectionCount);
            _connections[id] = ServeAsync(id, client);
        }
    }

    private async Task ServeAsync(long id, TcpClient client)
    {
        // Never completes synchronously, so the accept loop records the task before it removes itself.
        await Task.Yield();
        try
        {
            using (client)
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
            {
                timeout.CancelAfter(RequestTimeout);
                var stream = client.GetStream();
                var response = await AnswerAsync(stream, timeout.Token).ConfigureAwait(false);
                if (response is not null)
                {
                    await response.WriteAsync(stream, timeout.Token).ConfigureAwait(false);
                    client.Client.Shutdown(SocketShutdown.Send);
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or took longer than the request timeout: there is no one to answer.
        }
        finally
        {
            _connections.TryRemove(id, out _);
            _slots.Release();
        }
    }

    private async Task<MetadataResponse?> AnswerAsync(Stream stream, CancellationToken cancellationToken)
    {
        HttpRequestHead? head;
        try
        {
            head = await HttpRequestHead.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            return MetadataResponse.Error(400, e.Message);
        }
        if (head is null)
        {
            return null;
        }
        if (head.Method != "GET")
        {
            return MetadataResponse.Error(405, $"{head.Method} is not supported; the metadata endpoint answers GET");
        }
        try
        {
            return await _routes.AnswerAsync(head.Path, head.Query, cancellationToken).ConfigureAwait(false);
        }
        catch (MetadataUnavailableException e)
        {
            return MetadataResponse.Error(500, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug here must not take the server down: the container gets a 500 that says what failed.
            return MetadataResponse.Error(500, $"failed to answer {head.Path}: {e.Message}");
        }
    }
}
