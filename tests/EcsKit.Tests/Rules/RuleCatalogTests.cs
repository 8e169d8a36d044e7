using System.Reflection;
using System.Text.RegularExpressions;
using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public partial class RuleCatalogTests
{
    private static string DocsFolder => Path.Combine(SharedData.RepositoryRoot, "docs", "rules");

    [Fact]
    public void Every_id_constant_is_in_the_catalogue_once_and_the_reverse()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(RuleIds.HelpBase))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(constants.Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_has_its_documentation_page_with_the_expected_sections()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var page = Path.Combine(DocsFolder, rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no page {page}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {rule.Id}: ", text, StringComparison.Ordinal);
            foreach (var section in new[] { "## What triggers it", "## Why it matters on ECS", "## Example", "## How to suppress" })
            {
                Assert.True(text.Contains(section, StringComparison.Ordinal), $"{rule.Id}.md lacks '{section}'");
            }
            Assert.True(rule.HelpUri.EndsWith($"docs/rules/{rule.Id}.md", StringComparison.Ordinal), rule.HelpUri);
        }
    }

    [Fact]
    public void Every_documentation_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(DocsFolder, "ECS*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, id => Assert.True(RuleCatalog.Contains(id!), $"docs/rules/{id}.md has no rule in the catalogue"));
    }

    [Fact]
    public void The_catalogue_matches_the_rules_design_ids_and_default_severities()
    {
        var design = File.ReadAllText(SharedData.Require("docs", "rules.md"));
        var rows = RuleRow().Matches(design).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["severity"].Value.Trim());

        Assert.Equal(rows.Keys.Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
        foreach (var rule in RuleCatalog.All)
        {
            var expected = rows[rule.Id].Split(' ', ';')[0];
            Assert.True(string.Equals(expected, rule.DefaultSeverity.ToString(), StringComparison.OrdinalIgnoreCase),
                $"{rule.Id}: design says '{rows[rule.Id]}', catalogue {rule.DefaultSeverity}");
        }
    }

    // | ECS0001 | title | severity | ...
    [GeneratedRegex(@"^\| (?<id>ECS\d{4}) \| [^|]+ \| (?<severity>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
