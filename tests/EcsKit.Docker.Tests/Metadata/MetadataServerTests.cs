using System.Net;
using System.Net.Sockets;
using System.Text;
using Docker.DotNet;
using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>The server itself: address and port, tokens and URIs, plain HTTP on the wire, degrading without Docker.</summary>
public sealed class MetadataServerTests
{
    [Fact]
    public async Task Listens_on_the_given_address_and_a_port_the_system_chose()
    {
        await using var client = new MetadataClient();
        var server = client.Server;

        Assert.Equal(IPAddress.Loopback, server.Address);
        Assert.InRange(server.Port, 1, 65535);
        Assert.Equal(new Uri($"http://127.0.0.1:{server.Port}/"), server.BaseUri);
        await using var second = MetadataServer.Start(IPAddress.Loopback, client.Directory, SampleTask.Containers());
        Assert.NotEqual(server.Port, second.Port);
    }

    [Fact]
    public async Task Gives_each_container_its_uris_in_the_ecs_variables()
    {
        await using var client = new MetadataClient();
        var token = MetadataServer.NewToken();

        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.NotEqual(token, MetadataServer.NewToken());
        Assert.Equal($"http://127.0.0.1:{client.Server.Port}/v4/{token}", client.Server.UriFor(token).AbsoluteUri);
        var environment = client.Server.EnvironmentFor(token);
        Assert.Equal(client.Server.UriFor(token).AbsoluteUri, environment["ECS_CONTAINER_METADATA_URI_V4"]);
        Assert.Equal($"http://127.0.0.1:{client.Server.Port}/v3/{token}", environment["ECS_CONTAINER_METADATA_URI"]);
        Assert.Equal(2, environment.Count);
        Assert.Throws<ArgumentException>(() => client.Server.UriFor("../v1/tasks"));
    }

    [Fact]
    public async Task Answers_a_plain_http_1_0_request_and_closes()
    {
        await using var client = new MetadataClient();
        var answer = await RawAsync(client.Server, "GET /v1/metadata HTTP/1.0\r\nHost: x\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/json\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", answer, StringComparison.Ordinal);
        var body = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.Contains($"\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n", answer, StringComparison.Ordinal);
        Assert.StartsWith("{\"Cluster\":\"default\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST /v1/metadata HTTP/1.1\r\nContent-Length: 0\r\n\r\n", "405")]
    [InlineData("GARBAGE\r\n\r\n", "400")]
    [InlineData("GET /v1/metadata SPDY/3\r\n\r\n", "400")]
    public async Task Refuses_other_methods_and_what_is_not_http(string request, string status)
    {
        await using var client = new MetadataClient();
        var answer = await RawAsync(client.Server, request);

        Assert.StartsWith($"HTTP/1.1 {status} ", answer, StringComparison.Ordinal);
        Assert.EndsWith("\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_the_absolute_form_of_a_target()
    {
        await using var client = new MetadataClient();
        var answer = await RawAsync(client.Server, $"GET http://169.254.170.2/v4/{SampleTask.WebToken}/task HTTP/1.1\r\nHost: 169.254.170.2\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer, StringComparison.Ordinal);
        Assert.Contains(SampleTask.TaskArn, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_concurrent_requests()
    {
        await using var client = new MetadataClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetAsync(i % 2 == 0 ? "/v1/tasks" : $"/v4/{SampleTask.WebToken}/task")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
    }

    [Fact]
    public async Task Stops_listening_when_disposed()
    {
        var client = new MetadataClient();
        var port = client.Server.Port;
        await client.DisposeAsync();

        using var socket = new TcpClient();
        var error = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public async Task Without_an_engine_omits_what_only_docker_knows()
    {
        var socket = new Uri($"unix:///tmp/ecskit-no-engine-{Guid.NewGuid():N}.sock");
        using var docker = new DockerClientBuilder().WithEndpoint(socket).Build();
        var directory = SampleTask.Directory();
        await using var server = MetadataServer.Start(IPAddress.Loopback, directory, docker);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var container = await http.GetAsync(new Uri($"v4/{SampleTask.WebToken}", UriKind.Relative));
        using var stats = await http.GetAsync(new Uri($"v4/{SampleTask.WebToken}/stats", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, container.StatusCode);
        var json = await container.Content.ReadAsStringAsync();
        Assert.Contains("\"DockerId\":\"" + SampleTask.WebId, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Networks\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ImageID\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Volumes\"", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, stats.StatusCode);
        Assert.StartsWith("\"", await stats.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_of_another_machine_cannot_be_served()
    {
        var error = Assert.Throws<LocalDockerException>(() => MetadataServer.Start(IPAddress.Parse("192.0.2.123"), SampleTask.Directory(), SampleTask.Containers()));
        Assert.StartsWith("cannot serve the task metadata endpoint on 192.0.2.123: ", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RawAsync(MetadataServer server, string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Address, server.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
