using System;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EcsKit.Analyzers;

/// <summary>Builds the facts of a service from <c>cluster.Service("name", s => ...)</c>.</summary>
internal static class ServiceReader
{
    public const string BuilderType = "EcsKit.ServiceBuilder";

    /// <summary>The facts, or null when the service's configuration cannot be followed.</summary>
    /// <param name="declaration">The <c>ClusterBuilder.Service</c> call.</param>
    /// <param name="cluster">The cluster's name.</param>
    /// <param name="path">The path the facts get.</param>
    /// <param name="map">Where the source locations go.</param>
    /// <param name="taskOf">Finds the task definition a <c>TaskDefinition(td)</c> argument refers to (null when unknown).</param>
    public static ServiceFacts? Read(IInvocationOperation declaration, Fact<string> cluster, string path, SourceMap map, Func<IOperation, (Fact<string> Family, TaskFacts? Task)> taskOf)
    {
        var call = BuilderCall.Of(declaration);
        // A service starts without a network configuration; only Subnets, SecurityGroups and AssignPublicIp add one.
        var service = new ServiceFacts { Path = path, Name = Constants.String(call.Value("name")), Cluster = cluster, HasNetworkConfiguration = false };
        map.Add(path, call.Location);
        map.Add(service.Member("serviceName"), call.LocationOf("name"));
        var lambda = call.Lambda("configure");
        var calls = lambda is null ? null : BuilderCall.InLambda(lambda, BuilderType);
        if (calls is null)
        {
            return null;
        }
        foreach (var builderCall in calls)
        {
            if (!Apply(builderCall, service, map, taskOf))
            {
                return null;
            }
        }
        return service;
    }

    private static bool Apply(BuilderCall call, ServiceFacts s, SourceMap map, Func<IOperation, (Fact<string> Family, TaskFacts? Task)> taskOf)
    {
        void Member(string member) => map.Add(s.Member(member), call.Location);
        switch (call.Name)
        {
            case "TaskDefinition":
                if (call.Value("taskDefinition") is { } reference)
                {
                    (s.TaskDefinition, s.Task) = taskOf(reference);
                }
                else
                {
                    s.TaskDefinition = Constants.String(call.Value("familyRevisionOrArn"));
                    s.Task = null;
                }
                Member("taskDefinition");
                return true;
            case "DesiredCount": s.DesiredCount = Constants.Int(call.Value("count")); Member("desiredCount"); return true;
            case "Fargate":
                s.LaunchType = "FARGATE";
                if (!Constants.String(call.Value("platformVersion")).IsAbsent)
                {
                    s.PlatformVersion = Constants.String(call.Value("platformVersion"));
                }
                Member("launchType");
                Member("platformVersion");
                return true;
            case "LaunchType": s.LaunchType = Constants.Enum(call.Value("launchType")); Member("launchType"); return true;
            case "CapacityProvider":
                // A provider named again only changes its weight and base.
                var provider = Constants.String(call.Value("name"));
                if (!provider.IsKnown || !s.CapacityProviders.Any(p => p.Is(provider.Value)))
                {
                    s.CapacityProviders.Add(provider);
                }
                Member("capacityProviderStrategy");
                return true;
            case "Daemon": s.SchedulingStrategy = "DAEMON"; Member("schedulingStrategy"); return true;
            case "Subnets":
            case "SecurityGroups":
            case "AssignPublicIp":
                s.HasNetworkConfiguration = true;
                map.Add(s.Member("networkConfiguration"), call.Location, replace: false);
                return true;
            case "LoadBalancer":
                var balancer = new LoadBalancerFacts
                {
                    Path = $"{s.Member("loadBalancers")}[{s.LoadBalancers.Count}]",
                    TargetGroupArn = Constants.String(call.Value("targetGroupArn")),
                    ContainerName = Constants.String(call.Value("containerName")),
                    ContainerPort = Constants.Int(call.Value("containerPort")),
                };
                s.LoadBalancers.Add(balancer);
                map.Add(balancer.Path, call.Location);
                map.Add(balancer.Member("containerName"), call.LocationOf("containerName"));
                map.Add(balancer.Member("containerPort"), call.LocationOf("containerPort"));
                return true;
            case "RollingUpdate":
                s.MinimumHealthyPercent = Constants.Int(call.Value("minimumHealthyPercent"));
                s.MaximumPercent = Constants.Int(call.Value("maximumPercent"));
                Member("deploymentConfiguration");
                return true;
            case "DeploymentController":
                s.DeploymentController = Constants.Enum(call.Value("type"));
                Member("deploymentController");
                return true;
            case "PlacementConstraint":
                var constraint = new PlacementConstraintFacts
                {
                    Path = $"{s.Member("placementConstraints")}[{s.PlacementConstraints.Count}]",
                    Type = Constants.Enum(call.Value("type")),
                    Expression = Constants.String(call.Value("expression")),
                };
                s.PlacementConstraints.Add(constraint);
                map.Add(constraint.Path, call.Location);
                return true;
            case "CircuitBreaker":
            case "DeploymentAlarms":
                Member("deploymentConfiguration");
                return true;
            case "HealthCheckGracePeriod": Member("healthCheckGracePeriodSeconds"); return true;
            case "PlacementStrategy": Member("placementStrategy"); return true;
            case "ServiceRegistry": Member("serviceRegistries"); return true;
            case "EnableExecuteCommand": Member("enableExecuteCommand"); return true;
            case "ManagedTags": Member("enableECSManagedTags"); return true;
            case "Tag": Member("tags"); return true;
            default:
                return false;
        }
    }
}
