using static EcsKit.Aws.Tests.Explain.Reports;

namespace EcsKit.Aws.Tests.Explain;

public class EcsExplainTextTests
{
    [Fact]
    public void Each_explanation_reads_source_message_advice_and_where_to_read_more()
    {
        var message = Closest("is already using a port required by your task");
        var explanations = EcsFailureExplainer.Explain(Service([message, message, "(service web) said something new."]), []);

        var text = EcsExplainText.Render(explanations);

        var advice = explanations[0].Advice;
        Assert.Equal(
            $"""
            event event-1 (2025-11-25 10:00:00Z, 2 times)
              {message}
              -> {advice}
              see ECS0010: https://github.com/ecskit/ecskit/blob/main/docs/rules/ECS0010.md

            event event-3 (2025-11-25 09:58:00Z)
              (service web) said something new.
              -> EcsKit does not know this message; it is shown as ECS reported it.

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_long_message_on_many_lines_is_shown_whole()
    {
        var message = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"line {i}: " + new string('x', 200)));
        var explanation = new EcsExplanation("task arn:t", message, null, null, null);

        var text = EcsExplainText.Render([explanation]);

        Assert.Equal(41, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("  line ", StringComparison.Ordinal)) + 1);
        Assert.Contains("  line 39: " + new string('x', 200) + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_to_explain_says_so() =>
        Assert.Equal("No failures reported: no failed deployment, no failure events and no failed stopped tasks.\n", EcsExplainText.Render([]));
}
