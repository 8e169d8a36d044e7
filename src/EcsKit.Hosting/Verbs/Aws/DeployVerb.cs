using System.CommandLine;
using EcsKit.Aws;
using EcsKit.Hosting.Verbs.Local;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary>
/// <c>deploy</c>: on AWS, plans, prints the plan, applies it (clusters, task definition revisions only when changed,
/// services) and waits for steady state with progress; a failed deployment is explained. Locally, <c>up --detach</c>.
/// </summary>
internal sealed class DeployVerb(AgentCommand agent) : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var target = TargetOption.Create("deploy");
        var aws = new AwsOptions();
        var timeout = new Option<int>("--timeout") { Description = "Seconds every service has to reach a steady state.", DefaultValueFactory = _ => 600, HelpName = "seconds" };
        var noWait = new Option<bool>("--no-wait") { Description = "Return once the calls are made, without waiting for a steady state." };
        var poll = AwsOptions.PollInterval();
        var command = new Command("deploy", "Deploy the application: on AWS (--target aws) through the ECS API, waiting for a steady state; locally, in the background like `up --detach`.");
        command.Options.Add(target);
        aws.AddTo(command);
        command.Options.Add(timeout);
        command.Options.Add(noWait);
        command.Options.Add(poll);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            var seconds = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout)));
            if (result.GetValue(target) == TargetOption.Local)
            {
                return await DetachedUp.RunAsync(app, new UpSettings(false, seconds), agent, console, cancellationToken).ConfigureAwait(false);
            }
            using var ecs = aws.Client(result);
            var plan = await EcsPlanner.PlanAsync(app, ecs, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteAsync(EcsPlanText.Render(plan)).ConfigureAwait(false);
            var options = new EcsDeployOptions { Timeout = seconds, WaitForSteadyState = !result.GetValue(noWait), PollInterval = TimeSpan.FromSeconds(result.GetValue(poll)) };
            var deployed = await EcsDeployer.DeployAsync(plan, ecs, options, new Progress(console), cancellationToken).ConfigureAwait(false);
            return await AwsReports.DeployedAsync(deployed, console).ConfigureAwait(false);
        }));
        return command;
    }

    // Synchronous on purpose: progress lines come out in the order the deployer reports them.
    private sealed class Progress(HostConsole console) : IProgress<EcsDeployProgress>
    {
        public void Report(EcsDeployProgress value) => console.Out.WriteLine(AwsReports.Line(value));
    }
}
