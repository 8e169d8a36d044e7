namespace EcsKit;

/// <summary>
/// ECS JSON that EcsKit cannot read: not JSON at all, or JSON the ECS API would reject
/// (a missing required member, a string where ECS takes a number, an unknown enumeration value ...).
/// Every problem found in the input is listed, each with its JSON path and position.
/// </summary>
public sealed class EcsJsonException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> found while reading <paramref name="what"/>.</summary>
    /// <param name="what">What was being read, for example <c>task definition</c>.</param>
    /// <param name="problems">At least one problem.</param>
    public EcsJsonException(string what, IReadOnlyList<EcsJsonProblem> problems)
        : base(FormatMessage(what, problems))
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<EcsJsonProblem> Problems { get; }

    /// <summary>JSON path of the first problem.</summary>
    public string Path => Problems[0].Path;

    /// <summary>1-based line of the first problem (0 when unknown).</summary>
    public int Line => Problems[0].Line;

    private static string FormatMessage(string what, IReadOnlyList<EcsJsonProblem> problems) =>
        problems.Count == 1
            ? $"Invalid {what} JSON at {problems[0]}"
            : $"Invalid {what} JSON, {problems.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
