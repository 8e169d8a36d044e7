using System.Globalization;
using System.Text;

namespace EcsKit.Aws;

/// <summary>Writes failure explanations for people: where, ECS's message as it is, then what to do.</summary>
/// <example>
/// <code>
/// event 38c285e5-d335-4b68-8b15-e46dedc8e88d (2025-11-25 10:15:00Z, 3 times)
///   (service web) was unable to place a task because no container instance met all of its requirements. ...
///   -> A task already on that container instance holds a host port this task needs ...
///   see ECS0010: https://github.com/ecskit/ecskit/blob/main/docs/rules/ECS0010.md
/// </code>
/// </example>
public static class EcsExplainText
{
    /// <summary>The explanations as text, a blank line between them; messages are never shortened. Lines end with <c>\n</c>.</summary>
    public static string Render(IReadOnlyList<EcsExplanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        if (explanations.Count == 0)
        {
            return "No failures reported: no failed deployment, no failure events and no failed stopped tasks.\n";
        }
        var text = new StringBuilder();
        foreach (var explanation in explanations)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            text.Append(explanation.Source).Append(Details(explanation)).Append('\n');
            foreach (var line in explanation.Message.ReplaceLineEndings("\n").Split('\n'))
            {
                text.Append("  ").Append(line).Append('\n');
            }
            text.Append("  -> ").Append(explanation.Advice ?? "EcsKit does not know this message; it is shown as ECS reported it.").Append('\n');
            if (explanation.HelpUri is not null)
            {
                text.Append("  see ").Append(explanation.RuleId is null ? "" : explanation.RuleId + ": ").Append(explanation.HelpUri).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Details(EcsExplanation explanation)
    {
        var parts = new List<string>();
        if (explanation.At is { } at)
        {
            parts.Add(at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
        if (explanation.Occurrences > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{explanation.Occurrences} times"));
        }
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }
}
