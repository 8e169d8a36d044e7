using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>A service with the host ports its tasks publish, for the rules that compare services (ECS0010, ECS0011).</summary>
internal sealed class PublishingService
{
    public PublishingService(ServiceFacts service, TaskFacts task, string? cluster, List<HostPortUse> uses)
    {
        Service = service;
        Task = task;
        Cluster = cluster;
        Uses = uses;
    }

    public ServiceFacts Service { get; }

    public TaskFacts Task { get; }

    /// <summary>The cluster's name when known.</summary>
    public string? Cluster { get; }

    /// <summary>The static host ports one task of the service takes (single ports and ranges).</summary>
    public List<HostPortUse> Uses { get; }

    public string Name => PortText.Name(Service);

    /// <summary>The first of the other service's ports that collides with <paramref name="use"/>, or null.</summary>
    public HostPortUse? FindOverlap(HostPortUse use) => Uses.Find(u => u.Overlaps(use));
}

/// <summary>Where a service's tasks can run, as far as the facts tell.</summary>
internal static class ServicePlacement
{
    public const string MemberOf = "memberOf";
    public const string DistinctInstance = "distinctInstance";

    /// <summary>ECS's default maximumPercent for a REPLICA service.</summary>
    public const int DefaultMaximumPercent = 200;

    /// <summary>ECS's default minimumHealthyPercent for a REPLICA service.</summary>
    public const int DefaultMinimumHealthyPercent = 100;

    /// <summary>False when the service is known to run on Fargate (a Fargate task, launch type or capacity provider).</summary>
    public static bool RunsOnInstances(ServiceFacts service, TaskFacts task)
    {
        if (task.IsFargate || service.LaunchType.Is("FARGATE"))
        {
            return false;
        }
        foreach (var provider in service.CapacityProviders)
        {
            if (provider.Is("FARGATE") || provider.Is("FARGATE_SPOT"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A REPLICA service known to run no task (desiredCount 0).</summary>
    public static bool RunsNoTask(ServiceFacts service) => !service.IsDaemon && service.DesiredCount.Is(0);

    /// <summary>
    /// The memberOf expressions that pin the service's tasks (the service's and the task definition's constraints);
    /// null when a constraint is not fully known.
    /// </summary>
    public static SortedSet<string>? PinnedTo(ServiceFacts service, TaskFacts task)
    {
        var expressions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var constraints in new[] { service.PlacementConstraints, task.PlacementConstraints })
        {
            if (!constraints.IsComplete)
            {
                return null;
            }
            foreach (var constraint in constraints)
            {
                if (!constraint.Type.IsKnown)
                {
                    return null;
                }
                if (constraint.Type.Value == MemberOf)
                {
                    if (!constraint.Expression.IsKnown)
                    {
                        return null;
                    }
                    expressions.Add(constraint.Expression.Value.Trim());
                }
            }
        }
        return expressions;
    }

    /// <summary>Whether the service places each task on a different instance; null when its constraints are not fully known.</summary>
    public static bool? HasDistinctInstance(ServiceFacts service)
    {
        if (!service.PlacementConstraints.IsComplete)
        {
            return null;
        }
        var unknown = false;
        foreach (var constraint in service.PlacementConstraints)
        {
            if (constraint.Type.Is(DistinctInstance))
            {
                return true;
            }
            unknown |= !constraint.Type.IsKnown;
        }
        return unknown ? null : false;
    }

    /// <summary>The two services' network modes, such as <c>bridge mode</c> or <c>bridge and host mode</c>.</summary>
    public static string Modes(HostPortUse first, HostPortUse second) =>
        first.Mode == second.Mode ? first.Mode + " mode" : first.Mode + " and " + second.Mode + " mode";
}
