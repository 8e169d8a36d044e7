namespace EcsKit;

/// <summary>
/// Configures a cluster and declares its services. Each method sets one ECS member of <see cref="Cluster"/>;
/// <see cref="With"/> reaches any member directly.
/// </summary>
public sealed class ClusterBuilder
{
    private readonly EcsApp _app;
    private Cluster _cluster;

    internal ClusterBuilder(EcsApp app, string name)
    {
        _app = app;
        _cluster = new Cluster { ClusterName = name };
    }

    /// <summary>The cluster's name.</summary>
    public string Name => _cluster.ClusterName!;

    internal Cluster Build() => _cluster;

    private string Owner => $"Cluster '{Name}'";

    /// <summary>Changes any member of the cluster, for the ECS fields without a shortcut here.</summary>
    public ClusterBuilder With(Func<Cluster, Cluster> change)
    {
        _cluster = Change.Apply(_cluster, change, Owner, c => c.ClusterName, "rename the cluster");
        return this;
    }

    /// <summary>Declares a service in this cluster.</summary>
    /// <exception cref="InvalidOperationException">The cluster already has a service of that name.</exception>
    public ClusterBuilder Service(string name, Action<ServiceBuilder> configure)
    {
        Guard.Name(name, "service", nameof(name));
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new ServiceBuilder(new Service { ServiceName = name, Cluster = Name });
        configure(builder);
        _app.AddService(builder.Build());
        return this;
    }

    /// <summary>CloudWatch Container Insights (<c>settings</c> containerInsights): <c>enabled</c>, <c>enhanced</c> or <c>disabled</c>.</summary>
    public ClusterBuilder ContainerInsights(string value = "enabled") =>
        With(c => c with
        {
            Settings = c.Settings.Upsert(s => s.Name == ClusterSettingName.ContainerInsights,
                new ClusterSetting { Name = ClusterSettingName.ContainerInsights, Value = Guard.NotEmpty(value, Owner, nameof(value)) }),
        });

    /// <summary>The capacity providers the cluster may use (<c>capacityProviders</c>), such as <c>FARGATE</c> and <c>FARGATE_SPOT</c>.</summary>
    public ClusterBuilder CapacityProviders(params string[] names) =>
        With(c => c with { CapacityProviders = c.CapacityProviders.Plus(names.Where(n => c.CapacityProviders?.Contains(n) != true)) });

    /// <summary>Adds a provider to the default strategy for tasks and services that name none (<c>defaultCapacityProviderStrategy</c>).</summary>
    public ClusterBuilder DefaultCapacityProvider(string name, int? weight = null, int? @base = null) =>
        With(c => c with
        {
            DefaultCapacityProviderStrategy = c.DefaultCapacityProviderStrategy.Upsert(p => p.CapacityProvider == name,
                new CapacityProviderStrategyItem { CapacityProvider = Guard.NotEmpty(name, Owner, nameof(name)), Weight = weight, Base = @base }),
        });

    /// <summary>The default Cloud Map namespace for Service Connect (<c>serviceConnectDefaults</c>).</summary>
    public ClusterBuilder ServiceConnectNamespace(string namespaceNameOrArn) =>
        With(c => c with { ServiceConnectDefaults = new ClusterServiceConnectDefaultsRequest { Namespace = Guard.NotEmpty(namespaceNameOrArn, Owner, nameof(namespaceNameOrArn)) } });

    /// <summary>Adds a tag (<c>tags</c>); setting a key again replaces its value.</summary>
    public ClusterBuilder Tag(string key, string value) =>
        With(c => c with { Tags = c.Tags.Upsert(t => t.Key == key, new Tag { Key = Guard.NotEmpty(key, Owner, nameof(key)), Value = value }) });
}
