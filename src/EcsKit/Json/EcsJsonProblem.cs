namespace EcsKit;

/// <summary>One thing wrong with ECS JSON input: where it is and what to do about it.</summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.containerDefinitions[1].portMappings[0].containerPort</c>.</param>
/// <param name="Line">1-based line of the offending token in the input text (0 when unknown).</param>
/// <param name="Column">1-based column of the offending token in the input text (0 when unknown).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record EcsJsonProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>The problem as one line: <c>$.path (line L, column C): message</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Path} (line {Line}, column {Column}): {Message}" : $"{Path}: {Message}";
}
