namespace EcsKit.Rules;

/// <summary>What a rule is: id, title, category and default severity.</summary>
internal sealed class RuleDescriptor
{
    public RuleDescriptor(string id, string title, string category, RuleSeverity defaultSeverity, bool enabledByDefault = true)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        EnabledByDefault = enabledByDefault;
    }

    public string Id { get; }

    public string Title { get; }

    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    /// <summary>False for rules that only run when asked for (ECS0038) or in a profile (ECS0011 on local Docker).</summary>
    public bool EnabledByDefault { get; }

    public string HelpUri => RuleIds.HelpUri(Id);
}
