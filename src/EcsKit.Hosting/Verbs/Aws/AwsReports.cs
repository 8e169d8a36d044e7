using System.Globalization;
using EcsKit.Aws;

namespace EcsKit.Hosting.Verbs.Aws;

/// <summary>How the AWS verbs print: one plain line per step, so progress reads the same in a terminal, a pipe and a CI log.</summary>
internal static class AwsReports
{
    public static string Line(EcsDeployProgress p) => p.Step switch
    {
        EcsDeployStep.Applying => $"{Kind(p.Kind)} {p.Name}: {Verb(p.Action)} ...",
        EcsDeployStep.Applied => $"{Kind(p.Kind)} {p.Name}: {Done(p.Action)}{(p.Arn is null ? "" : $" ({p.Arn})")}",
        _ => $"{Kind(p.Kind)} {p.Name}: {p.Step.ToString().ToLowerInvariant()}, {p.RunningCount.ToString(CultureInfo.InvariantCulture)}/{p.DesiredCount.ToString(CultureInfo.InvariantCulture)} running"
            + (p.PendingCount > 0 ? $", {p.PendingCount.ToString(CultureInfo.InvariantCulture)} pending" : "")
            + (p.RolloutState is null ? "" : $", rollout {p.RolloutState}")
            + (p.LatestEvent is null ? "" : $"; {p.LatestEvent}"),
    };

    /// <summary>The summary of a deploy and, when it failed, the explanation of each failed service; the exit code.</summary>
    public static async Task<int> DeployedAsync(EcsDeployResult result, HostConsole console)
    {
        if (result.Error is { } error)
        {
            await console.Error.WriteLineAsync($"error: ECS refused {error.Operation}: {error.ErrorCode}: {error.ErrorMessage}").ConfigureAwait(false);
        }
        foreach (var service in result.Services.Where(s => s.State is not (EcsServiceDeployState.Stable or EcsServiceDeployState.NotWaited)))
        {
            await console.Error.WriteLineAsync($"service {service.Cluster}/{service.ServiceName}: {Describe(service.State)}").ConfigureAwait(false);
            if (service.Service is { } info)
            {
                var explanations = EcsFailureExplainer.Explain(info, service.StoppedTasks);
                await console.Error.WriteAsync(EcsExplainText.Render(explanations)).ConfigureAwait(false);
            }
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        await console.Error.WriteLineAsync(result.Succeeded
            ? $"Deployed '{result.App}' in {seconds} s."
            : $"Deploy of '{result.App}' {(result.Status == EcsDeployStatus.TimedOut ? "timed out" : "failed")} after {seconds} s.").ConfigureAwait(false);
        return result.Succeeded ? 0 : 1;
    }

    private static string Describe(EcsServiceDeployState state) => state switch
    {
        EcsServiceDeployState.Failed => "the deployment failed",
        EcsServiceDeployState.TimedOut => "not stable in time",
        EcsServiceDeployState.Missing => "the service is gone",
        _ => state.ToString(),
    };

    public static string Kind(EcsResourceKind kind) => kind switch
    {
        EcsResourceKind.Cluster => "cluster",
        EcsResourceKind.TaskDefinition => "task definition",
        _ => "service",
    };

    private static string Verb(EcsChangeAction action) => action switch
    {
        EcsChangeAction.Create => "creating",
        EcsChangeAction.Update => "updating",
        _ => "checking",
    };

    private static string Done(EcsChangeAction action) => action switch
    {
        EcsChangeAction.Create => "created",
        EcsChangeAction.Update => "updated",
        _ => "unchanged",
    };
}
