namespace EcsKit.Analyzers.Tests.CodeFixes;

/// <summary>Why some code fix tests are skipped: findings the analyzer does not report yet, so there is nothing to fix.</summary>
internal static class AnalyzerGaps
{
    /// <summary>
    /// Constants.Int reads <c>value.ConstantValue</c> without unwrapping the implicit int to int? conversion, so
    /// <c>.Port(80, hostPort: 8080)</c> has an unknown hostPort and ECS0001/0002/0007/0008/0010 never fire from the
    /// fluent API. Set to null once Constants.Int unwraps implicit conversions (as Constants.Enum does).
    /// </summary>
    public const string? HostPortNotRead = "The analyzer does not read int? arguments yet (Constants.Int), so hostPort findings are not reported.";
}
