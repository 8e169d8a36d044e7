namespace EcsKit.Aws;

/// <summary>One thing ECS reported about a service that went wrong, in ECS's words, with what to do about it.</summary>
/// <param name="Source">Where it was reported: <c>event ID</c>, <c>deployment ID</c>, <c>task ARN</c> or <c>task ARN container NAME</c>.</param>
/// <param name="Message">ECS's message, verbatim and whole.</param>
/// <param name="Advice">What usually causes it and what to do, in plain words; null for a message EcsKit does not know.</param>
/// <param name="RuleId">The EcsKit rule that catches the cause before a deploy (such as <c>ECS0010</c>), or null.</param>
/// <param name="HelpUri">Where to read more: the rule's page, or the ECS troubleshooting guide; null when there is none.</param>
public sealed record EcsExplanation(string Source, string Message, string? Advice, string? RuleId, string? HelpUri)
{
    /// <summary>When ECS reported it (the event's time, the task's stop time), when known; for repeated reports, the newest.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>How many times the same message was reported (identical events, tasks that stopped for the same reason); <see cref="Source"/> is the newest.</summary>
    public int Occurrences { get; init; } = 1;
}
