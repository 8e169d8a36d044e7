using System.Text.Json;
using CsCheck;
using static EcsKit.Tests.Json.GenValues;

namespace EcsKit.Tests.Json;

/// <summary>Generators of random valid services covering most members of the ECS model.</summary>
internal static class ServiceGenerators
{
    private static readonly Gen<JsonElement> HookDetails = Gen.OneOf("""{"stage":"x"}""", "[1,2.5]", "\"text\"", "7").Select(json =>
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    });

    private static readonly Gen<DeploymentLifecycleHook> LifecycleHook =
        Gen.Select(Gen.Enum<DeploymentLifecycleHookTargetType>().OrAbsent(), Arn.OrNull(), Arn.OrNull(), EnumListOrNull<DeploymentLifecycleHookStage>(),
            HookDetails.OrAbsent(),
            Gen.Select(AnyInt.OrAbsent(), Gen.Enum<DeploymentLifecycleHookAction>().OrAbsent(),
                (minutes, action) => new DeploymentLifecycleHookTimeoutConfiguration { TimeoutInMinutes = minutes, Action = action }).OrNull(),
            (type, target, role, stages, details, timeout) => new DeploymentLifecycleHook
            {
                TargetType = type,
                HookTargetArn = target,
                RoleArn = role,
                LifecycleStages = stages,
                HookDetails = details,
                TimeoutConfiguration = timeout,
            });

    private static readonly Gen<DeploymentConfiguration> DeploymentConfiguration =
        Gen.Select(
            Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool.OrAbsent(),
                Gen.Select(Gen.Enum<ThresholdType>(), AnyInt, (type, value) => new ThresholdConfiguration { Type = type, Value = value }).OrNull(),
                (enable, rollback, reset, threshold) => new DeploymentCircuitBreaker
                {
                    Enable = enable,
                    Rollback = rollback,
                    ResetOnHealthyTask = reset,
                    ThresholdConfiguration = threshold,
                }).OrNull(),
            Gen.Int[0, 400].OrAbsent(),
            Gen.Int[0, 100].OrAbsent(),
            Gen.Select(Name.NonEmptyList(), Gen.Bool, Gen.Bool,
                (names, rollback, enable) => new DeploymentAlarms { AlarmNames = names, Rollback = rollback, Enable = enable }).OrNull(),
            Gen.Enum<DeploymentStrategy>().OrAbsent(),
            AnyInt.OrAbsent(),
            LifecycleHook.ListOrNull(2),
            Gen.Select(Gen.Double[0, 100].OrAbsent(), AnyInt.OrAbsent(),
                (step, bake) => new LinearConfiguration { StepPercent = step, StepBakeTimeInMinutes = bake }).OrNull(),
            Gen.Select(Gen.Double[0, 100].OrAbsent(), AnyInt.OrAbsent(),
                (percent, bake) => new CanaryConfiguration { CanaryPercent = percent, CanaryBakeTimeInMinutes = bake }).OrNull(),
            Future,
            (breaker, maximum, minimum, alarms, strategy, bake, hooks, linear, canary, future) => new DeploymentConfiguration
            {
                DeploymentCircuitBreaker = breaker,
                MaximumPercent = maximum,
                MinimumHealthyPercent = minimum,
                Alarms = alarms,
                Strategy = strategy,
                BakeTimeInMinutes = bake,
                LifecycleHooks = hooks,
                LinearConfiguration = linear,
                CanaryConfiguration = canary,
                AdditionalMembers = future,
            });

    private static readonly Gen<NetworkConfiguration> NetworkConfiguration =
        Gen.Select(Name.NonEmptyList(), Name.ListOrNull(), Gen.Enum<AssignPublicIp>().OrAbsent(), Future,
            (subnets, groups, publicIp, future) => new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration { Subnets = subnets, SecurityGroups = groups, AssignPublicIp = publicIp, AdditionalMembers = future },
            });

    private static readonly Gen<LoadBalancer> LoadBalancer =
        Gen.Select(Arn.OrNull(), Name.OrNull(), Name.OrNull(), Port.OrAbsent(),
            Gen.Select(Arn.OrNull(), Arn.OrNull(), Arn.OrNull(), Arn.OrNull(), (alternate, production, test, role) => new AdvancedConfiguration
            {
                AlternateTargetGroupArn = alternate,
                ProductionListenerRule = production,
                TestListenerRule = test,
                RoleArn = role,
            }).OrNull(),
            (targetGroup, name, container, port, advanced) => new LoadBalancer
            {
                TargetGroupArn = targetGroup,
                LoadBalancerName = name,
                ContainerName = container,
                ContainerPort = port,
                AdvancedConfiguration = advanced,
            });

    private static readonly Gen<CapacityProviderStrategyItem> CapacityProvider =
        Gen.Select(Gen.OneOf("FARGATE", "FARGATE_SPOT").Select(Name, (fixedName, name) => fixedName + name), Gen.Int[0, 1000].OrAbsent(), Gen.Int[0, 100000].OrAbsent(),
            (provider, weight, baseCount) => new CapacityProviderStrategyItem { CapacityProvider = provider, Weight = weight, Base = baseCount });

    private static readonly Gen<Service> Core =
        Gen.Select(Name.OrNull(), Name, Name.OrNull(), Gen.Enum<AvailabilityZoneRebalancing>().OrAbsent(), LoadBalancer.ListOrNull(),
            Gen.Select(Arn.OrNull(), Port.OrAbsent(), Name.OrNull(), Port.OrAbsent(),
                (arn, port, container, containerPort) => new ServiceRegistry { RegistryArn = arn, Port = port, ContainerName = container, ContainerPort = containerPort }).ListOrNull(),
            AnyInt.OrAbsent(), Text.OrNull(), Gen.Enum<LaunchType>().OrAbsent(), CapacityProvider.ListOrNull(),
            Gen.OneOf("LATEST", "1.4.0").OrNull(), Arn.OrNull(), Future,
            (cluster, name, taskDefinition, rebalancing, loadBalancers, registries, desired, token, launchType, providers, platform, role, future) => new Service
            {
                Cluster = cluster,
                ServiceName = name,
                TaskDefinition = taskDefinition,
                AvailabilityZoneRebalancing = rebalancing,
                LoadBalancers = loadBalancers,
                ServiceRegistries = registries,
                DesiredCount = desired,
                ClientToken = token,
                LaunchType = launchType,
                CapacityProviderStrategy = providers,
                PlatformVersion = platform,
                Role = role,
                AdditionalMembers = future,
            });

    public static readonly Gen<Service> Service =
        Gen.Select(Core, DeploymentConfiguration.OrNull(),
            Gen.Select(Gen.Enum<PlacementConstraintType>().OrAbsent(), Text.OrNull(),
                (type, expression) => new PlacementConstraint { Type = type, Expression = expression }).ListOrNull(),
            Gen.Select(Gen.Enum<PlacementStrategyType>().OrAbsent(), Name.OrNull(), (type, field) => new PlacementStrategy { Type = type, Field = field }).ListOrNull(),
            NetworkConfiguration.OrNull(), AnyInt.OrAbsent(), Gen.Enum<SchedulingStrategy>().OrAbsent(),
            Gen.Enum<DeploymentControllerType>().Select(type => new DeploymentController { Type = type }).OrNull(),
            TaskDefinitionGenerators.Tag.ListOrNull(),
            Gen.Select(Gen.Bool.OrAbsent(), Gen.Enum<PropagateTags>().OrAbsent(), Gen.Bool.OrAbsent()),
            Gen.Select(Name.NonEmptyList(), AnyInt, (names, resolution) => new MetricConfiguration { MetricNames = names, ResolutionSeconds = resolution })
                .ListOrNull().Select(metrics => new MonitoringConfiguration { MetricConfigurations = metrics }).OrNull(),
            (service, deployment, constraints, strategy, network, grace, scheduling, controller, tags, flags, monitoring) => service with
            {
                DeploymentConfiguration = deployment,
                PlacementConstraints = constraints,
                PlacementStrategy = strategy,
                NetworkConfiguration = network,
                HealthCheckGracePeriodSeconds = grace,
                SchedulingStrategy = scheduling,
                DeploymentController = controller,
                Tags = tags,
                EnableECSManagedTags = flags.Item1,
                PropagateTags = flags.Item2,
                EnableExecuteCommand = flags.Item3,
                Monitoring = monitoring,
            });
}
