namespace EcsKit.Rules;

/// <summary>Task sizes as the resources rules write them in messages, with the text as written when ECS converts it.</summary>
internal static class TaskSizeText
{
    /// <summary><c>1024 CPU units</c>, or <c>1024 CPU units ('1 vCPU')</c> when written another way.</summary>
    public static string Cpu(TaskFacts task, int units) => With(RuleText.Number(units) + " CPU units", task.Cpu, units);

    /// <summary><c>2048 MiB</c>, or <c>2048 MiB ('2 GB')</c> when written another way.</summary>
    public static string Memory(TaskFacts task, int mebibytes) => With(RuleText.Number(mebibytes) + " MiB", task.Memory, mebibytes);

    private static string With(string normalised, Fact<string> written, int value) =>
        written.IsKnown && written.Value.Trim() != RuleText.Number(value) ? normalised + " ('" + written.Value + "')" : normalised;
}
