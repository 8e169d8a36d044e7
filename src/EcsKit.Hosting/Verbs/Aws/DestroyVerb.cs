using System.CommandLine;
using EcsKit.Aws;
using EcsKit.Docker;
using EcsKit.Hosting.Verbs.Local;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary><c>destroy</c>: on AWS, scales the services to zero, deletes them and the clusters (and, when asked, the revisions EcsKit registered); locally, <c>down</c>.</summary>
internal sealed class DestroyVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var target = TargetOption.Create("destroy");
        var aws = new AwsOptions();
        var deregister = new Option<bool>("--deregister-task-definitions") { Description = "Also deregister the task definition revisions EcsKit registered for this application." };
        var poll = AwsOptions.PollInterval();
        var command = new Command("destroy", "Remove the application: on AWS (--target aws) its services and clusters; locally everything `down` removes.");
        command.Options.Add(target);
        aws.AddTo(command);
        command.Options.Add(deregister);
        command.Options.Add(poll);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            if (result.GetValue(target) == TargetOption.Local)
            {
                await using var docker = await LocalDocker.ConnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                var removed = await docker.DownAsync(app.Name, cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync(DownVerb.Describe(removed)).ConfigureAwait(false);
                return 0;
            }
            using var ecs = aws.Client(result);
            var options = new EcsDestroyOptions { DeregisterTaskDefinitions = result.GetValue(deregister), PollInterval = TimeSpan.FromSeconds(result.GetValue(poll)) };
            var destroyed = await EcsDestroyer.DestroyAsync(app, ecs, options, null, cancellationToken).ConfigureAwait(false);
            foreach (var resource in destroyed.Resources)
            {
                await console.Out.WriteLineAsync($"{AwsReports.Kind(resource.Kind)} {resource.Name}: {Outcome(resource.Outcome)}{(resource.Detail is null ? "" : $" ({resource.Detail})")}").ConfigureAwait(false);
            }
            return destroyed.Succeeded ? 0 : 1;
        }));
        return command;
    }

    private static string Outcome(EcsDestroyOutcome outcome) => outcome switch
    {
        EcsDestroyOutcome.Deleted => "deleted",
        EcsDestroyOutcome.AlreadyGone => "already gone",
        EcsDestroyOutcome.Kept => "kept",
        _ => "FAILED",
    };
}
