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

        if (Environment.GetEnvironmentVariable("ECSKIT_UPDATE_FIXTURES") == "1")
        {
            // Writes the findings without review comments: add a ' -- reason' to each line before committing.
            File.WriteAllLines(Path.Combine(SharedData.RepositoryRoot, "tests", "EcsKit.Tests", "Fixtures", "corpus-findings.txt"), actual);
            return;
        }
        var expected = File.ReadAllLines(ExpectationFile)
            .Select(l => l.Split(" -- ", 2)[0].TrimEnd())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .ToList();
        var differences = Join(ByFile(expected), ByFile(actual))
            .Where(f => !f.Expected.SequenceEqual(f.Actual))
            .Select(f => $"{f.File}\n  expected:\n    {string.Join("\n    ", f.Expected)}\n  found:\n    {string.Join("\n    ", f.Actual)}")
            .ToList();
        Assert.True(differences.Count == 0,
            $"Corpus findings changed:\n{string.Join("\n", differences)}\n" +
            $"Review each new finding (is it real?) and update {ExpectationFile} with a ' -- reason' comment.");
    }

    private static Dictionary<string, List<string>> ByFile(List<string> lines)
    {
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                files[line[2..]] = current = [];
            }
            else
            {
                current?.Add(line);
            }
        }
        return files;
    }

    private static IEnumerable<(string File, List<string> Expected, List<string> Actual)> Join(
        Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual) =>
        expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Select(f => (f, expected.GetValueOrDefault(f) ?? [], actual.GetValueOrDefault(f) ?? []));
}
