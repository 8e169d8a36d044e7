using System.CommandLine;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary><c>prune-instances &lt;cluster&gt; [--apply]</c>: deregisters container instances whose agent is disconnected; a dry run unless --apply.</summary>
internal sealed class PruneInstancesVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var cluster = new Argument<string>("cluster") { Description = "The cluster." };
        var apply = new Option<bool>("--apply") { Description = "Deregister them (without it, only list what would be deregistered)." };
        var aws = new AwsOptions();
        var command = new Command("prune-instances", "Deregister a cluster's container instances whose ECS agent is disconnected (left over after instances were terminated); a dry run unless --apply.");
        command.Arguments.Add(cluster);
        command.Options.Add(apply);
        aws.AddTo(command);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            using var ecs = aws.Client(result);
            var pruned = await EcsInstancePruner.PruneAsync(ecs, result.GetValue(cluster)!, dryRun: !result.GetValue(apply), cancellationToken).ConfigureAwait(false);
            foreach (var instance in pruned.Disconnected)
            {
                var done = pruned.Deregistered.Contains(instance.ContainerInstanceArn);
                await console.Out.WriteLineAsync($"{(pruned.DryRun ? "would deregister" : done ? "deregistered" : "kept")} {instance.ContainerInstanceArn} ({instance.Ec2InstanceId ?? "no EC2 id"}, agent disconnected, {instance.RunningTasksCount} task(s))").ConfigureAwait(false);
            }
            await console.Error.WriteLineAsync(pruned.Disconnected.Count == 0
                ? $"No container instance of {pruned.Cluster} has a disconnected agent."
                : pruned.DryRun ? "Dry run: add --apply to deregister them." : $"Deregistered {pruned.Deregistered.Count}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
