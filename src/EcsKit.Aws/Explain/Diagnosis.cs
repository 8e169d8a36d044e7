namespace EcsKit.Aws;

/// <summary>What a known message means: advice, and the rule and page that go with it.</summary>
internal sealed record Diagnosis(string Advice, string? RuleId = null, string? HelpUri = null)
{
    /// <summary>Not a failure ("has reached a steady state"): left out of explanations.</summary>
    public static readonly Diagnosis NotAFailure = new("");

    public bool IsFailure => !ReferenceEquals(this, NotAFailure);
}
