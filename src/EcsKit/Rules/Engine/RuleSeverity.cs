namespace EcsKit.Rules;

/// <summary>How serious a rule's finding is. The order matters: higher is more serious.</summary>
internal enum RuleSeverity
{
    /// <summary>Turned off: the rule does not report.</summary>
    None = 0,

    Info = 1,

    Warning = 2,

    Error = 3,
}
