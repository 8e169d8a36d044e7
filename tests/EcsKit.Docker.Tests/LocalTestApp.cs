using System.Collections.Concurrent;

namespace EcsKit.Docker.Tests;

/// <summary>An application with a unique name for one test, and what EcsKit said while running it.</summary>
internal sealed class LocalTestApp : IAsyncDisposable
{
    private LocalTestApp(string name, LocalDocker docker)
    {
        App = new EcsApp(name);
        Docker = docker;
    }

    public EcsApp App { get; }

    public LocalDocker Docker { get; }

    public ConcurrentQueue<string> Info { get; } = new();

    public static async Task<LocalTestApp> CreateAsync(string prefix, Func<LocalDockerOptions, LocalDockerOptions>? configure = null)
    {
        var name = $"t-{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        LocalTestApp? app = null;
        var options = new LocalDockerOptions
        {
            Info = line =>
            {
                app?.Info.Enqueue(line);
                if (Environment.GetEnvironmentVariable("ECSKIT_TEST_TRACE") is { Length: > 0 } trace)
                {
                    File.AppendAllText(trace, $"{DateTime.UtcNow:HH:mm:ss.fff} {name} {line}\n");
                }
            },
        };
        options = configure?.Invoke(options) ?? options;
        app = new LocalTestApp(name, await LocalDocker.ConnectAsync(options));
        return app;
    }

    /// <summary>ECS accepts health check intervals from 5 s (ECS0060); tests that wait for health turn the rule off to use 1 s.</summary>
    public static LocalDockerOptions FastHealthChecks(LocalDockerOptions options) =>
        options with { Validation = new EcsValidationOptions().Suppress("ECS0060") };

    public Task<LocalApp> UpAsync() => Docker.UpAsync(App);

    public async ValueTask DisposeAsync()
    {
        await Docker.DownAsync(App.Name);
        await Docker.DisposeAsync();
    }
}
