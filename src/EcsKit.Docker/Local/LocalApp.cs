using System.Text.Json;
using EcsKit.Docker.Engine;
using EcsKit.Docker.Images;
using EcsKit.Docker.Local;
using EcsKit.Docker.Metadata;
using EcsKit.Docker.Services;
using EcsKit.Docker.Tasks;

namespace EcsKit.Docker;

/// <summary>
/// An application running on local Docker, started by <see cref="LocalDocker.UpAsync"/>: its services keep their
/// desired count while this object lives. <see cref="DownAsync"/> (or disposing) stops it and removes everything.
/// </summary>
public sealed class LocalApp : IAsyncDisposable
{
    private readonly LocalDocker _docker;
    private readonly TaskContext _context;
    private readonly EventHub _events;
    private readonly MetadataServer? _metadata;
    private readonly AppDirectory _directory;
    private readonly Dictionary<string, ServiceScheduler> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Hash, int Revision)> _revisions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly bool _joined;

    // False while another process still owns the application (a handover in progress): until then `down` removes only this process's tasks.
    private volatile bool _owned;
    private EcsApp _app;
    private bool _down;

    private LocalApp(LocalDocker docker, EcsApp app, TaskContext context, EventHub events, MetadataServer? metadata, AppDirectory directory, bool joined, bool owned)
    {
        _docker = docker;
        _joined = joined;
        _owned = owned;
        _app = app;
        _context = context;
        _events = events;
        _metadata = metadata;
        _directory = directory;
        _events.Reconnected += () =>
        {
            foreach (var runner in _directory.Runners)
            {
                runner.Recheck();
            }
        };
    }

    /// <summary>The application's name.</summary>
    public string Name => _app.Name;

    /// <summary>The task metadata endpoint's base address (on the application network's gateway), or null when it is off.</summary>
    public Uri? MetadataEndpoint => _metadata?.BaseUri;

    /// <summary>The services, latest state.</summary>
    public IReadOnlyList<LocalService> Services
    {
        get
        {
            lock (_gate)
            {
                return _services.Values.Select(s => s.Snapshot).ToList();
            }
        }
    }

    /// <summary>Every task of the application this process runs (services' and one-off), latest state, including recently stopped ones.</summary>
    public IReadOnlyList<LocalTask> Tasks => _directory.Runners.Select(r => r.Snapshot).ToList();

    /// <summary>Raised after any task changes (from the task's own loop: keep handlers short).</summary>
    public event Action<LocalTask>? TaskChanged;

    /// <summary>
    /// Starts the application: with <paramref name="services"/>, its services; without, only what tasks need (the
    /// network, the metadata endpoint), for one-off tasks. Without services and while another EcsKit process runs the
    /// application, it joins that application's network and, when done, removes only what its own tasks created.
    /// </summary>
    internal static async Task<LocalApp> StartAsync(LocalDocker docker, EcsApp app, bool services, CancellationToken cancellationToken)
    {
        var options = docker.Options;
        var info = options.Info ?? (_ => { });
        var joined = false;
        int? previousOwner = null;
        if (AppOwner.Current(app.Name) is int owner && owner != Environment.ProcessId)
        {
            if (services)
            {
                // Another process runs the application: this one takes over. With static host ports the old tasks must
                // go first; otherwise the new tasks start beside them and the old process lets go once they are stable.
                previousOwner = owner;
                if (HasStaticHostPorts(app, options))
                {
                    info($"'{app.Name}' is run by EcsKit process {owner}, and its services publish static host ports: stopping its tasks first.");
                    await AppCleanup.ReleaseOwnerAsync(app.Name, owner, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
                    previousOwner = null;
                }
                else
                {
                    info($"'{app.Name}' is run by EcsKit process {owner}: starting the declared version beside it; that process stops its tasks once this one is stable.");
                }
            }
            else
            {
                joined = true;
            }
        }
        var existing = await TaskListing.ListAsync(docker.Engine, app.Name, options.Region, cancellationToken).ConfigureAwait(false);
        if (!joined && previousOwner is null)
        {
            var leftovers = await AppCleanup.RemoveAsync(docker.Engine, app.Name, cancellationToken).ConfigureAwait(false);
            if (leftovers.Containers > 0)
            {
                info($"Removed {leftovers.Containers} container(s) of '{app.Name}' left by an earlier run that did not stop cleanly.");
            }
        }
        Preflight.Check(app, options, existing.SelectMany(t => t.Containers).SelectMany(c => c.NetworkBindings).Select(b => b.HostPort).ToHashSet(), servicePorts: services);
        foreach (var service in app.Services.Where(s => app.TaskDefinitionOf(s) is null))
        {
            throw new LocalDockerException(
                $"Service '{service.ServiceName}' runs task definition '{service.TaskDefinition}', which is not one of '{app.Name}''s: declare it with app.TaskDefinition(...) or app.Add(...) to run it locally.");
        }

        if (!joined && previousOwner is null)
        {
            AppOwner.Claim(app.Name);
        }
        try
        {
            var (network, gateway) = await AppNetwork.EnsureAsync(docker.Engine, app.Name, cancellationToken).ConfigureAwait(false);
            var events = new EventHub(docker.Engine, app.Name, info);
            var clusters = app.Clusters;
            var directory = new AppDirectory(clusters.Count > 0 ? clusters[0].ClusterName ?? "default" : "default");
            var metadata = options.MetadataEndpoint ? MetadataServer.Start(gateway, directory, docker.Engine.Client) : null;
            var context = new TaskContext
            {
                Engine = docker.Engine,
                Events = events,
                App = app.Name,
                Network = network,
                EnsureImage = (image, token) => docker.Images.EnsureAsync(image, new Progress<string>(info), token),
                EnsurePauseImage = token => PauseImage.EnsureAsync(docker.Engine.Client, token),
                MetadataEnvironment = token => metadata is null ? [] : metadata.EnvironmentFor(token).Select(e => $"{e.Key}={e.Value}").ToList(),
                Secrets = options.Secrets,
                EnvironmentFiles = options.EnvironmentFiles,
                Region = options.Region,
                StaticPorts = options.StaticPorts,
                Info = info,
            };
            var local = new LocalApp(docker, app, context, events, metadata, directory, joined, owned: !joined && previousOwner is null);
            local.SeedRevisions(existing);
            foreach (var service in services ? app.Services : [])
            {
                local.StartService(service, app.TaskDefinitionOf(service)!);
            }
            if (previousOwner is int previous)
            {
                local._handover = local.TakeOverAsync(previous);
            }
            return local;
        }
        catch when (!joined && previousOwner is null)
        {
            await AppCleanup.RemoveAsync(docker.Engine, app.Name, CancellationToken.None).ConfigureAwait(false);
            AppOwner.Release(app.Name);
            throw;
        }
    }

    private void StartService(Service service, TaskDefinition definition)
    {
        var scheduler = new ServiceScheduler(_context, service, definition, RevisionOf(definition), Register);
        lock (_gate)
        {
            _services[service.ServiceName] = scheduler;
        }
    }

    private void Register(TaskRunner runner)
    {
        _directory.Add(runner);
        runner.Changed += (_, task) => TaskChanged?.Invoke(task);
    }

    /// <summary>The local revision of a definition: 1 for the first seen, one more for each changed one.</summary>
    private int RevisionOf(TaskDefinition definition)
    {
        var hash = DefinitionHashes.Of(definition);
        lock (_gate)
        {
            if (_revisions.TryGetValue(definition.Family, out var known))
            {
                if (known.Hash == hash)
                {
                    return known.Revision;
                }
                _revisions[definition.Family] = (hash, known.Revision + 1);
                return known.Revision + 1;
            }
            _revisions[definition.Family] = (hash, 1);
            return 1;
        }
    }

    /// <summary>Revisions go on from those of the tasks already running (another process's, during a handover).</summary>
    private void SeedRevisions(IEnumerable<LocalTask> running)
    {
        foreach (var task in running.OrderBy(t => t.Revision))
        {
            _revisions[task.Family] = (task.DefinitionHash ?? "", task.Revision);
        }
    }

    private static bool HasStaticHostPorts(EcsApp app, LocalDockerOptions options) =>
        app.Services.Select(app.TaskDefinitionOf).OfType<TaskDefinition>().Any(d => PortPublishing.StaticHostPorts(d, options.StaticPorts).Any());

    private Task? _handover;

    /// <summary>
    /// Completes once this process owns the application: at once, or after a handover from the process that ran it
    /// before (when this process's services are stable, that process stops its own tasks and exits).
    /// </summary>
    internal Task Owned => _handover ?? Task.CompletedTask;

    private async Task TakeOverAsync(int previous)
    {
        await WaitStableAsync(TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        _context.Info($"Every service is stable: asking EcsKit process {previous} to stop its tasks of '{Name}'.");
        await AppCleanup.ReleaseOwnerAsync(Name, previous, TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        AppOwner.Claim(Name);
        _owned = true;
    }

    /// <summary>Completes when every service is stable (one COMPLETED deployment, running count equal to desired count).</summary>
    /// <exception cref="LocalDockerException">A service is not stable in time, or its deployment failed; the message says why.</exception>
    public Task WaitStableAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        List<ServiceScheduler> services;
        lock (_gate)
        {
            services = [.. _services.Values];
        }
        return Task.WhenAll(services.Select(s => s.WaitStableAsync(timeout, cancellationToken)));
    }

    /// <summary>
    /// Applies a changed application: services whose task definition changed roll to the new revision within their
    /// minimumHealthyPercent and maximumPercent; changed desired counts apply; new services start; removed ones stop.
    /// </summary>
    public async Task UpdateAsync(EcsApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Name != Name)
        {
            throw new ArgumentException($"The application is '{app.Name}', this one runs '{Name}'.", nameof(app));
        }
        Preflight.Check(app, _docker.Options, PortsHeld());
        List<ServiceScheduler> removed;
        lock (_gate)
        {
            removed = _services.Values.Where(s => !app.Services.Any(n => n.ServiceName == s.Name)).ToList();
            foreach (var gone in removed)
            {
                _services.Remove(gone.Name);
            }
        }
        foreach (var service in app.Services)
        {
            var definition = app.TaskDefinitionOf(service)
                ?? throw new LocalDockerException($"Service '{service.ServiceName}' runs task definition '{service.TaskDefinition}', which is not one of '{app.Name}''s.");
            ServiceScheduler? scheduler;
            lock (_gate)
            {
                _services.TryGetValue(service.ServiceName, out scheduler);
            }
            if (scheduler is null)
            {
                StartService(service, definition);
                continue;
            }
            var revision = RevisionOf(definition);
            if (revision != scheduler.PrimaryRevision)
            {
                await scheduler.DeployAsync(definition, revision).ConfigureAwait(false);
            }
            await scheduler.ScaleAsync(service.DesiredCount ?? 1).ConfigureAwait(false);
        }
        _app = app;
        await Task.WhenAll(removed.Select(s => s.DrainAsync())).ConfigureAwait(false);
    }

    private HashSet<int> PortsHeld() =>
        Tasks.Where(t => t.LastStatus != LocalStatus.Stopped).SelectMany(t => t.Containers).SelectMany(c => c.NetworkBindings).Select(b => b.HostPort).ToHashSet();

    /// <summary>Changes a service's desired count; completes once the scheduler has taken it in.</summary>
    /// <exception cref="KeyNotFoundException">The application has no service of that name.</exception>
    public Task ScaleAsync(string service, int desiredCount)
    {
        ServiceScheduler? scheduler;
        lock (_gate)
        {
            scheduler = _services.GetValueOrDefault(service)
                ?? throw new KeyNotFoundException($"'{Name}' has no service '{service}'; it has {string.Join(", ", _services.Keys.Select(k => $"'{k}'"))}.");
        }
        return scheduler.ScaleAsync(desiredCount);
    }

    /// <summary>Runs one task of a task definition of the application outside any service and waits for it to stop.</summary>
    /// <param name="family">The task definition's family.</param>
    /// <param name="started">Called with the task's id once it has been accepted, for example to follow its logs.</param>
    /// <param name="cancellationToken">Stops the task (UserInitiated) when cancelled.</param>
    /// <returns>The stopped task: its containers' exit codes and the stop reason.</returns>
    public Task<LocalTask> RunTaskAsync(string family, Action<LocalTask>? started = null, CancellationToken cancellationToken = default) =>
        RunTaskAsync(family, started, beforeRemove: null, cancellationToken);

    /// <param name="family">The task definition's family.</param>
    /// <param name="started">Called with the task once it has been accepted.</param>
    /// <param name="beforeRemove">Awaited once the task's containers have stopped, before they are removed (to read the rest of their output).</param>
    /// <param name="cancellationToken">Stops the task (UserInitiated) when cancelled.</param>
    internal async Task<LocalTask> RunTaskAsync(string family, Action<LocalTask>? started, Func<LocalTask, Task>? beforeRemove, CancellationToken cancellationToken)
    {
        var definition = _app.TaskDefinitions.FirstOrDefault(t => t.Family == family)
            ?? throw new KeyNotFoundException($"'{Name}' has no task definition '{family}'; it has {string.Join(", ", _app.TaskDefinitions.Select(t => $"'{t.Family}'"))}.");
        var runner = new TaskRunner(_context, new TaskLaunchRequest(definition, RevisionOf(definition), _directory.Cluster, null)) { BeforeRemove = beforeRemove };
        Register(runner);
        started?.Invoke(runner.Snapshot);
        runner.Start();
        await using var registration = cancellationToken.Register(() => runner.Stop(LocalStatus.UserInitiated, "Task stopped by the user")).ConfigureAwait(false);
        return await runner.Stopped.ConfigureAwait(false);
    }

    /// <summary>The tasks as JSON shaped like ECS's DescribeTasks response (<c>{"tasks": [...], "failures": []}</c>).</summary>
    public string DescribeTasksJson() => LocalTasksJson.Describe(Tasks);

    /// <summary>Stops every service and task (reverse container order, stop timeouts), then removes the application's objects from the engine.</summary>
    public async Task<LocalDownResult> DownAsync()
    {
        if (_down)
        {
            return new LocalDownResult(Name, 0, 0, 0);
        }
        _down = true;
        List<ServiceScheduler> services;
        lock (_gate)
        {
            services = [.. _services.Values];
        }
        foreach (var runner in _directory.Runners.Where(r => r.Request.ServiceName is null))
        {
            runner.Stop(LocalStatus.UserInitiated, "Task stopped by the user");
        }
        await Task.WhenAll(services.Select(s => s.DrainAsync()).Concat(_directory.Runners.Select(r => (Task)r.Stopped))).ConfigureAwait(false);
        if (_metadata is not null)
        {
            await _metadata.DisposeAsync().ConfigureAwait(false);
        }
        await _events.DisposeAsync().ConfigureAwait(false);
        if (_joined || !_owned)
        {
            // The application belongs to another process: this one's tasks removed their own containers, the rest stays.
            return new LocalDownResult(Name, 0, 0, 0);
        }
        var result = await AppCleanup.RemoveAsync(_docker.Engine, Name, CancellationToken.None).ConfigureAwait(false);
        AppOwner.Release(Name);
        return result;
    }

    /// <summary>
    /// Stops this process's services and tasks and lets go of the application without removing anything else: what
    /// the process that takes it over asks for (it has started its own tasks beside these).
    /// </summary>
    internal async Task ReleaseAsync()
    {
        _owned = false;
        await DownAsync().ConfigureAwait(false);
        AppOwner.Release(Name);
    }

    /// <summary>Same as <see cref="DownAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await DownAsync().ConfigureAwait(false);
}
