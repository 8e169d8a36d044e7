using System.CommandLine;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary><c>ecs-config [cluster] [--set KEY=VALUE]</c>: the EC2 user data that joins instances to a cluster of the application (/etc/ecs/ecs.config).</summary>
internal sealed class EcsConfigVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var cluster = new Argument<string?>("cluster") { Description = "The cluster (default: the application's only cluster).", Arity = ArgumentArity.ZeroOrOne };
        var set = new Option<string[]>("--set") { Description = "An agent setting, such as ECS_ENABLE_CONTAINER_METADATA=true (repeatable).", AllowMultipleArgumentsPerToken = true, HelpName = "KEY=VALUE" };
        var command = new Command("ecs-config", "Print the EC2 user data that joins container instances to a cluster (/etc/ecs/ecs.config with ECS_CLUSTER).");
        command.Arguments.Add(cluster);
        command.Options.Add(set);
        command.SetAction((result, _) => VerbErrors.Guard(console, async () =>
        {
            var clusters = app.Clusters.Select(c => c.ClusterName ?? "default").ToList();
            var name = result.GetValue(cluster) ?? (clusters.Count == 1 ? clusters[0]
                : throw new ArgumentException($"'{app.Name}' has {clusters.Count} clusters; name one: {string.Join(", ", clusters)}."));
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in result.GetValue(set) ?? [])
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0)
                {
                    throw new ArgumentException($"--set {pair}: write KEY=VALUE, such as ECS_ENABLE_CONTAINER_METADATA=true.");
                }
                settings[pair[..at]] = pair[(at + 1)..];
            }
            await console.Out.WriteAsync(EcsInstanceUserData.ForCluster(name, settings)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
