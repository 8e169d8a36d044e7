using EcsKit.Rules;
using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers.Tests.Descriptors;

public class DescriptorTests
{
    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("EcsKit.sln not found");
        }
    }

    [Fact]
    public void There_is_one_descriptor_per_rule_with_its_title_category_severity_and_help_page()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), EcsDescriptors.All.Select(d => d.Id));
        foreach (var rule in RuleCatalog.All)
        {
            var descriptor = EcsDescriptors.Get(rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("EcsKit." + rule.Category, descriptor.Category);
            Assert.Equal(rule.EnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(EcsDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.EndsWith($"docs/rules/{rule.Id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", rule.Id + ".md")), $"{rule.Id} has no page");
        }
    }

    [Fact]
    public void The_unshipped_release_file_lists_every_rule_as_the_catalogue_has_it()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "analyzers", "EcsKit.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("ECS", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rows.Select(r => r[0]));
        foreach (var (rule, row) in RuleCatalog.All.Zip(rows))
        {
            Assert.Equal("EcsKit." + rule.Category, row[1]);
            Assert.Equal(EcsDescriptors.ToRoslyn(rule.DefaultSeverity).ToString(), row[2]);
        }
    }

    [Fact]
    public void Descriptor_severities_map_every_rule_severity()
    {
        Assert.Equal(DiagnosticSeverity.Error, EcsDescriptors.ToRoslyn(RuleSeverity.Error));
        Assert.Equal(DiagnosticSeverity.Warning, EcsDescriptors.ToRoslyn(RuleSeverity.Warning));
        Assert.Equal(DiagnosticSeverity.Info, EcsDescriptors.ToRoslyn(RuleSeverity.Info));
    }
}
