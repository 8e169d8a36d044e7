namespace EcsKit.Aws;

/// <summary>
/// Explains why a service is not running as it should, from what ECS reports: failed deployments, service events and
/// stopped tasks. Each message is kept verbatim; known ones come with advice, and with the EcsKit rule that catches
/// the cause before a deploy.
/// </summary>
public static class EcsFailureExplainer
{
    /// <summary>Explains <paramref name="service"/>'s failed deployments and events, and <paramref name="stoppedTasks"/>.</summary>
    /// <param name="service">The service as DescribeServices reports it (its events newest first).</param>
    /// <param name="stoppedTasks">Recently stopped tasks of the service, in any order.</param>
    /// <returns>
    /// Failed deployments, then events newest first, then stopped tasks newest first. Messages that report progress
    /// ("has reached a steady state", "has started 2 tasks") and tasks stopped on request or replaced by a deployment are
    /// left out; every other message is kept, verbatim and whole, with no advice when EcsKit does not know it. A message
    /// reported more than once is kept once, with its <see cref="EcsExplanation.Occurrences"/>.
    /// </returns>
    public static IReadOnlyList<EcsExplanation> Explain(EcsServiceInfo service, IReadOnlyList<EcsTaskInfo> stoppedTasks)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(stoppedTasks);
        var context = ExplainContext.Of(service);
        var found = new List<(string Kind, EcsExplanation Explanation)>();
        foreach (var deployment in service.Deployments)
        {
            if (deployment.RolloutState == "FAILED" && !string.IsNullOrEmpty(deployment.RolloutStateReason))
            {
                found.Add(("deployment", Explanation($"deployment {deployment.Id}", deployment.RolloutStateReason, context, deployment.CreatedAt)));
            }
        }
        foreach (var serviceEvent in service.Events.OrderByDescending(e => e.CreatedAt))
        {
            if (MessageRules.Diagnose(serviceEvent.Message, context) is not { IsFailure: false })
            {
                found.Add(("event", Explanation($"event {serviceEvent.Id}", serviceEvent.Message, context, serviceEvent.CreatedAt)));
            }
        }
        foreach (var task in stoppedTasks.OrderByDescending(t => t.StoppedAt ?? DateTimeOffset.MinValue))
        {
            found.AddRange(TaskExplanations.Of(task, context).Select(e => ("task", e)));
        }
        return found
            .GroupBy(f => (f.Kind, f.Explanation.Message, f.Explanation.Advice))
            .Select(g => g.First().Explanation with { Occurrences = g.Count() })
            .ToList();
    }

    internal static EcsExplanation Explanation(string source, string message, ExplainContext context, DateTimeOffset? at)
    {
        var diagnosis = MessageRules.Diagnose(message, context);
        return diagnosis is { IsFailure: true }
            ? new EcsExplanation(source, message, diagnosis.Advice, diagnosis.RuleId, diagnosis.HelpUri) { At = at }
            : new EcsExplanation(source, message, null, null, null) { At = at };
    }
}
