namespace EcsKit.Tests.Json;

/// <summary>
/// What a corpus file is expected to do other than round-trip unchanged: be rejected, or be describe output
/// whose read-only members are dropped (and some renamed to their input names).
/// </summary>
internal sealed record CorpusExpectation
{
    /// <summary>When set, reading must throw <see cref="EcsJsonException"/> with exactly these problem paths, in order.</summary>
    public IReadOnlyList<string>? ErrorPaths { get; private init; }

    /// <summary>Where the definition stands in the file: <c>$</c> for API input, <c>$.taskDefinition</c> and the like for describe output.</summary>
    public string DefinitionPath { get; private init; } = "$";

    /// <summary>Read-only members the reader must drop and report.</summary>
    public IReadOnlyList<string> Dropped { get; private init; } = [];

    /// <summary>Read-only members whose value comes back under the input name (clusterArn as cluster).</summary>
    public IReadOnlyList<(string From, string To)> Renamed { get; private init; } = [];

    public static CorpusExpectation Throws(params string[] paths) => new() { ErrorPaths = paths };

    public static CorpusExpectation DescribeOutput(string definitionPath, params string[] dropped) =>
        new() { DefinitionPath = definitionPath, Dropped = dropped };

    public static CorpusExpectation DropsReadOnly(params string[] dropped) => new() { Dropped = dropped };

    public CorpusExpectation Renaming(string from, string to) => this with { Renamed = [.. Renamed, (from, to)] };
}
