using System.CommandLine;
using EcsKit.Aws;
using EcsKit.Docker;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary><c>plan</c>: what <c>deploy</c> would do. On AWS: create / update / unchanged per cluster, task definition and service, field by field (describe calls only).</summary>
internal sealed class PlanVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var target = TargetOption.Create("plan");
        var aws = new AwsOptions();
        var command = new Command("plan", "Show what `deploy` would change: on AWS, per cluster, task definition and service, field by field; locally, whether the application is up to date.");
        command.Options.Add(target);
        aws.AddTo(command);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            if (result.GetValue(target) == TargetOption.Local)
            {
                await using var docker = await LocalDocker.ConnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                var state = await docker.StateAsync(app, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(state switch
                {
                    { OwnerProcess: null } => $"'{app.Name}' is not up locally: `deploy` (or `up`) starts its {app.Services.Count} service(s).",
                    { UpToDate: true } => $"'{app.Name}' is up locally and unchanged (EcsKit process {state.OwnerProcess}): `deploy` has nothing to do.",
                    _ => $"'{app.Name}' is up locally with other definitions (EcsKit process {state.OwnerProcess}): `deploy` starts the declared version and then stops the running one.",
                }).ConfigureAwait(false);
                return 0;
            }
            using var ecs = aws.Client(result);
            var plan = await EcsPlanner.PlanAsync(app, ecs, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteAsync(EcsPlanText.Render(plan)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
