using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// ECS0042: a family, container, service or cluster name ECS refuses (1 to 255 ASCII letters, digits, hyphens and
/// underscores), two containers of one task with the same name, or a port-mapping name ECS refuses.
/// </summary>
internal static class Ecs0042InvalidOrDuplicateName
{
    /// <summary>The task definition's family, its container names and its port-mapping names.</summary>
    public static void Check(TaskFacts task, RuleContext context)
    {
        CheckName("Family", task.Family, task.Member("family"), context);
        var first = new Dictionary<string, ContainerFacts>(System.StringComparer.Ordinal);
        foreach (var container in task.Containers)
        {
            CheckName("Container name", container.Name, container.Member("name"), context);
            if (container.Name.IsKnown)
            {
                if (first.TryGetValue(container.Name.Value, out var earlier))
                {
                    context.Report(RuleIds.InvalidOrDuplicateName, container.Member("name"),
                        "More than one container is named '" + container.Name.Value
                        + "'; container names must be unique within a task definition, so rename one.",
                        earlier.Member("name"));
                }
                else
                {
                    first.Add(container.Name.Value, container);
                }
            }
            foreach (var port in container.PortMappings)
            {
                if (port.Name.IsKnown && EcsNames.PortNameProblem(port.Name.Value) is { } problem)
                {
                    context.Report(RuleIds.InvalidOrDuplicateName, port.Member("name"),
                        "Port mapping name '" + port.Name.Value + "' of container " + RuleText.Container(container) + " " + problem
                        + "; ECS takes up to 64 lowercase letters, digits, hyphens and underscores, not starting with a hyphen.");
                }
            }
        }
    }

    /// <summary>The service's name.</summary>
    public static void CheckService(ServiceFacts service, TaskFacts? task, RuleContext context) =>
        CheckName("Service name", service.Name, service.Member("serviceName"), context);

    /// <summary>The cluster's name (a cluster ARN is checked by the name it ends with).</summary>
    public static void CheckCluster(ClusterFacts cluster, RuleContext context)
    {
        if (!cluster.Name.IsKnown || EcsNames.ClusterName(cluster.Name.Value) is not { } name)
        {
            return;
        }
        CheckName("Cluster name", name, NamePath(cluster), context);
    }

    /// <summary>
    /// Where the cluster's name is written: the <c>cluster</c> member of a service checked on its own (its cluster has the
    /// service's path), else the <c>clusterName</c> of the cluster.
    /// </summary>
    private static string NamePath(ClusterFacts cluster)
    {
        foreach (var service in cluster.Services)
        {
            if (service.Path == cluster.Path)
            {
                return service.Member("cluster");
            }
        }
        return cluster.Path + ".clusterName";
    }

    private static void CheckName(string what, Fact<string> name, string path, RuleContext context)
    {
        if (name.IsKnown)
        {
            CheckName(what, name.Value, path, context);
        }
    }

    private static void CheckName(string what, string name, string path, RuleContext context)
    {
        if (EcsNames.IsValidName(name))
        {
            return;
        }
        var problem = name.Length == 0 ? "is empty"
            : name.Length > EcsNames.MaxNameLength ? "is " + RuleText.Number(name.Length) + " characters long"
            : "has characters other than ASCII letters, digits, hyphens and underscores";
        context.Report(RuleIds.InvalidOrDuplicateName, path,
            what + " '" + name + "' " + problem + "; ECS takes 1 to 255 letters, digits, hyphens and underscores, so rename it.");
    }
}
