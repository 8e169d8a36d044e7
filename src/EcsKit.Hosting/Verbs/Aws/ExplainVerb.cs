using System.CommandLine;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary><c>explain [service] --target aws</c>: why a service's tasks do not run, from its events and its recently stopped tasks, in plain words with the rule that applies.</summary>
internal sealed class ExplainVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var service = new Argument<string?>("service") { Description = "The service to explain (default: every service of the application).", Arity = ArgumentArity.ZeroOrOne };
        var target = TargetOption.Create("explain");
        var aws = new AwsOptions();
        var command = new Command("explain", "Explain why a service's tasks fail on AWS (--target aws): its events and stopped tasks, in plain words.");
        command.Arguments.Add(service);
        command.Options.Add(target);
        aws.AddTo(command);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, async () =>
        {
            if (result.GetValue(target) == TargetOption.Local)
            {
                await console.Error.WriteLineAsync("error: `explain` reads ECS's service events and stopped tasks (--target aws); locally, `ps` and `logs` show why tasks stop.").ConfigureAwait(false);
                return 1;
            }
            var name = result.GetValue(service);
            var services = app.Services.Where(s => name is null || s.ServiceName == name).ToList();
            if (services.Count == 0)
            {
                throw new KeyNotFoundException($"'{app.Name}' has no service '{name}'; it has {string.Join(", ", app.Services.Select(s => $"'{s.ServiceName}'"))}.");
            }
            using var ecs = aws.Client(result);
            foreach (var s in services)
            {
                var cluster = s.Cluster ?? "default";
                await console.Out.WriteLineAsync($"service {cluster}/{s.ServiceName}:").ConfigureAwait(false);
                var explanations = await EcsExplain.GatherAsync(ecs, cluster, s.ServiceName, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteAsync(EcsExplainText.Render(explanations)).ConfigureAwait(false);
            }
            return 0;
        }));
        return command;
    }
}
