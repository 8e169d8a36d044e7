namespace EcsKit.Tests.Rules;

/// <summary>
/// Every task definition of the real-world corpus, validated with every default rule, gives exactly the findings in
/// Fixtures/corpus-findings.txt. Each finding there was reviewed by hand; its comment says why it is real.
/// </summary>
public class CorpusFindingsTests
{
    private static readonly string ExpectationFile = SharedData.Fixture("corpus-findings.txt");

    [Fact]
    public void Corpus_task_definitions_give_the_reviewed_findings()
    {
        var actual = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Require("corpus", "taskdefs"), "*.json").Order(StringComparer.Ordinal))
        {
            actual.Add("# " + Path.GetFileName(file));
            try
            {
                var read = EcsJson.ReadTaskDefinition(File.ReadAllText(file));
                actual.AddRange(read.Value.Validate().Diagnostics
                    .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
                    .Select(d => $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} {d.Path}"));
            }
            catch (EcsJsonException ex)
            {
                actual.AddRange(ex.Problems.Select(p => $"json error {p.Path}"));
            }
        }

        var expected = File.ReadAllLines(ExpectationFile)
            .Select(l => l.Split(" -- ", 2)[0].TrimEnd())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"Corpus findings changed. Not found any more:\n  {string.Join("\n  ", missing)}\nNew:\n  {string.Join("\n  ", unexpected)}\n" +
            $"Review each new finding (is it real?) and update {ExpectationFile} with a '-- reason' comment.");
    }
}
