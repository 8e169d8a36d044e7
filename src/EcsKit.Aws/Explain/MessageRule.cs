namespace EcsKit.Aws;

/// <summary>A kind of ECS message: how to recognise it and what it means.</summary>
internal sealed record MessageRule(string Name, Func<string, bool> Matches, Func<string, ExplainContext, Diagnosis> Diagnose)
{
    /// <summary>Matches messages that contain any of <paramref name="phrases"/>, ignoring case.</summary>
    public static Func<string, bool> Containing(params string[] phrases) =>
        message => phrases.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase));
}
