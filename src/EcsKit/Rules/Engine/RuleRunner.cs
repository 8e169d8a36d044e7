using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>Runs every rule of the catalogue over facts and collects all findings at once.</summary>
internal static class RuleRunner
{
    private static readonly TaskRule[] TaskRules = Concat(
        PortRules.Task, ProcessRules.Task, ResourceRules.Task, StructureRules.Task, DependencyRules.Task, NetworkRules.Task, SecurityRules.Task);

    private static readonly ServiceRule[] ServiceRules = Concat(
        PortRules.Service, ProcessRules.Service, ResourceRules.Service, StructureRules.Service, DependencyRules.Service, NetworkRules.Service, SecurityRules.Service);

    private static readonly ClusterRule[] ClusterRules = Concat(
        PortRules.Cluster, ProcessRules.Cluster, ResourceRules.Cluster, StructureRules.Cluster, DependencyRules.Cluster, NetworkRules.Cluster, SecurityRules.Cluster);

    private static readonly AppRule[] AppRules = Concat(
        PortRules.App, ProcessRules.App, ResourceRules.App, StructureRules.App, DependencyRules.App, NetworkRules.App, SecurityRules.App);

    /// <summary>Task rules over every task definition, service rules over every service, then cluster and app rules.</summary>
    public static IReadOnlyList<RuleDiagnostic> Run(AppFacts app, RuleOptions? options = null)
    {
        var context = new RuleContext(options);
        foreach (var task in app.TaskDefinitions)
        {
            RunTask(task, context);
        }
        foreach (var cluster in app.Clusters)
        {
            foreach (var service in cluster.Services)
            {
                RunService(service, context);
            }
            foreach (var rule in ClusterRules)
            {
                rule(cluster, context);
            }
        }
        foreach (var rule in AppRules)
        {
            rule(app, context);
        }
        return context.Diagnostics;
    }

    /// <summary>Only the rules between resources (cluster and application rules), for a pass that has already run the others.</summary>
    public static IReadOnlyList<RuleDiagnostic> RunBetweenResources(AppFacts app, RuleOptions? options = null)
    {
        var context = new RuleContext(options);
        foreach (var cluster in app.Clusters)
        {
            foreach (var rule in ClusterRules)
            {
                rule(cluster, context);
            }
        }
        foreach (var rule in AppRules)
        {
            rule(app, context);
        }
        return context.Diagnostics;
    }

    /// <summary>Every task rule over one task definition.</summary>
    public static IReadOnlyList<RuleDiagnostic> Run(TaskFacts task, RuleOptions? options = null)
    {
        var context = new RuleContext(options);
        RunTask(task, context);
        return context.Diagnostics;
    }

    /// <summary>Every service rule over one service (with its task definition when <see cref="ServiceFacts.Task"/> is set), and the cluster rules over it alone.</summary>
    public static IReadOnlyList<RuleDiagnostic> Run(ServiceFacts service, RuleOptions? options = null)
    {
        var context = new RuleContext(options);
        RunService(service, context);
        var cluster = new ClusterFacts { Path = service.Path, Name = service.Cluster, Services = new FactList<ServiceFacts>(new[] { service }) };
        foreach (var rule in ClusterRules)
        {
            rule(cluster, context);
        }
        return context.Diagnostics;
    }

    private static void RunTask(TaskFacts task, RuleContext context)
    {
        foreach (var rule in TaskRules)
        {
            rule(task, context);
        }
    }

    private static void RunService(ServiceFacts service, RuleContext context)
    {
        foreach (var rule in ServiceRules)
        {
            rule(service, service.Task, context);
        }
    }

    private static T[] Concat<T>(params T[][] sections) => sections.SelectMany(s => s).ToArray();
}
