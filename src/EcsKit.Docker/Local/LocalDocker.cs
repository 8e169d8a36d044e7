using EcsKit.Docker.Engine;
using EcsKit.Docker.Images;

namespace EcsKit.Docker;

/// <summary>
/// The local Docker target: runs an <see cref="EcsApp"/>'s services and tasks on the Docker engine of this machine
/// with ECS's semantics (essential containers, dependsOn, health checks, awsvpc shared localhost, services keeping
/// their desired count, the task metadata endpoint).
/// </summary>
/// <example>
/// <code>
/// await using var docker = await LocalDocker.ConnectAsync();
/// await using var running = await docker.UpAsync(app);
/// await running.WaitStableAsync(TimeSpan.FromMinutes(1));
/// </code>
/// </example>
public sealed class LocalDocker : IAsyncDisposable
{
    private readonly DockerEngine _engine;
    private readonly ImageStore _images;

    private LocalDocker(DockerEngine engine, LocalDockerOptions options)
    {
        _engine = engine;
        Options = options;
        _images = new ImageStore(engine.Client);
    }

    /// <summary>The engine's address.</summary>
    public Uri Endpoint => _engine.Endpoint;

    /// <summary>The options in effect.</summary>
    public LocalDockerOptions Options { get; }

    internal DockerEngine Engine => _engine;

    internal ImageStore Images => _images;

    /// <summary>Connects to the engine and checks that it answers.</summary>
    /// <exception cref="LocalDockerException">No engine answers: "no Docker engine at ...: start one, or set DOCKER_HOST".</exception>
    public static async Task<LocalDocker> ConnectAsync(LocalDockerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalDockerOptions();
        var engine = await DockerEngine.ConnectAsync(options.Endpoint, cancellationToken).ConfigureAwait(false);
        return new LocalDocker(engine, options);
    }

    /// <summary>
    /// Starts the application's services (each with its desired count) after checking the rules and host ports;
    /// nothing is started when a check fails. Objects left by an earlier run that was killed are removed first.
    /// </summary>
    /// <exception cref="LocalDockerException">A check failed, or another EcsKit process already runs the application.</exception>
    public Task<LocalApp> UpAsync(EcsApp app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        return LocalApp.StartAsync(this, app, services: true, cancellationToken);
    }

    /// <summary>
    /// Runs one task of a task definition of the application outside its services and waits for it to stop, with
    /// <paramref name="onLine"/> called for every line the task's containers write. When the application is not up,
    /// what the task needs (network, metadata endpoint) is made for it and removed afterwards; when another EcsKit
    /// process runs the application, the task joins it and only the task's own objects are removed.
    /// </summary>
    /// <exception cref="LocalDockerException">A check failed.</exception>
    /// <exception cref="KeyNotFoundException">The application has no task definition of that family.</exception>
    internal async Task<LocalTask> RunTaskAsync(EcsApp app, string family, Action<LocalLogLine> onLine, Action<LocalTask>? started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.TaskDefinitions.All(t => t.Family != family))
        {
            throw new KeyNotFoundException($"'{app.Name}' has no task definition '{family}'; it has {string.Join(", ", app.TaskDefinitions.Select(t => $"'{t.Family}'"))}.");
        }
        var local = await LocalApp.StartAsync(this, app, services: false, cancellationToken).ConfigureAwait(false);
        await using (local.ConfigureAwait(false))
        {
            var output = new Local.TaskOutput(_engine, onLine);
            local.TaskChanged += output.Observe;
            return await local.RunTaskAsync(family, started, output.DrainAsync, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Removes everything of the application from the engine (containers, volumes, network), found by labels, and
    /// stops the background agent that runs it, if any. Works after the process that started it was killed.
    /// </summary>
    public async Task<LocalDownResult> DownAsync(string app, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        await Local.AppCleanup.StopOwnerAsync(app, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return await Local.AppCleanup.RemoveAsync(_engine, app, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the application is up, which process runs it, and whether it runs what <paramref name="app"/> declares now.</summary>
    public async Task<LocalAppState> StateAsync(EcsApp app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var tasks = await ListTasksAsync(app.Name, cancellationToken).ConfigureAwait(false);
        var owner = Local.AppOwner.Current(app.Name);
        var live = tasks.Where(t => t.DesiredStatus == LocalStatus.Running && t.ServiceName is not null).ToList();
        var upToDate = owner is not null
            && live.All(t => app.Services.Any(s => s.ServiceName == t.ServiceName))
            && app.Services.All(service =>
            {
                var definition = app.TaskDefinitionOf(service);
                var running = live.Where(t => t.ServiceName == service.ServiceName).ToList();
                return definition is not null
                    && running.Count == (service.DesiredCount ?? 1)
                    && running.All(t => t.LastStatus == LocalStatus.Running && t.DefinitionHash == Tasks.DefinitionHashes.Of(definition));
            });
        return new LocalAppState(owner, upToDate, tasks);
    }

    /// <summary>The application's tasks as the engine shows them, whichever process runs them.</summary>
    public Task<IReadOnlyList<LocalTask>> ListTasksAsync(string app, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return Local.TaskListing.ListAsync(_engine, app, Options.Region, cancellationToken);
    }

    /// <summary>Streams the output of the application's containers, optionally only a service's or a task's, and optionally following new output and new tasks.</summary>
    public Task FollowLogsAsync(string app, string? serviceOrTask, bool follow, Action<LocalLogLine> onLine, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(onLine);
        return Local.LogStream.RunAsync(_engine, app, serviceOrTask, follow, onLine, cancellationToken);
    }

    /// <summary>Closes the connection to the engine; running applications keep running.</summary>
    public ValueTask DisposeAsync()
    {
        _images.Dispose();
        _engine.Dispose();
        return ValueTask.CompletedTask;
    }
}
