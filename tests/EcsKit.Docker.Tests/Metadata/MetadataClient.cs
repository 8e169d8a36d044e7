using System.Net;
using System.Text.Json;
using EcsKit.Docker.Metadata;

namespace EcsKit.Docker.Tests.Metadata;

/// <summary>A server on 127.0.0.1 over the sample task, and GETs against it.</summary>
internal sealed class MetadataClient : IAsyncDisposable
{
    private readonly HttpClient _http;

    public MetadataClient(ITaskDirectory? directory = null, IContainerSource? containers = null)
    {
        Directory = directory ?? SampleTask.Directory();
        Server = MetadataServer.Start(IPAddress.Loopback, Directory, containers ?? SampleTask.Containers());
        _http = new HttpClient { BaseAddress = Server.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public ITaskDirectory Directory { get; }

    public MetadataServer Server { get; }

    public async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone(), response);
    }

    /// <summary>The JSON of a 200 answer.</summary>
    public async Task<JsonElement> GetOkAsync(string path)
    {
        var (status, json, _) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {json}");
        return json;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
