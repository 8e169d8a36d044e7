using System.IO.Compression;
using System.Text.RegularExpressions;

namespace EcsKit.PackageTests;

/// <summary>The EcsKit package as a consumer gets it: analyzers that report in <c>dotnet build</c>, severities from .editorconfig.</summary>
public sealed class AnalyzerPackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void The_package_holds_the_analyzers_the_build_files_and_the_presets_and_depends_on_nothing()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net10.0/EcsKit.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/EcsKit.Analyzers.dll", entries);
        if (Directory.Exists(Path.Combine(PackageFixture.RepositoryRoot, "analyzers", "EcsKit.Analyzers.CodeFixes")))
        {
            Assert.Contains("analyzers/dotnet/cs/EcsKit.Analyzers.CodeFixes.dll", entries);
        }
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));
        Assert.Contains("buildTransitive/EcsKit.props", entries);
        Assert.Contains("buildTransitive/EcsKit.targets", entries);
        Assert.Contains("editorconfig/recommended.editorconfig", entries);
        Assert.Contains("editorconfig/strict.editorconfig", entries);

        using var nuspec = new StreamReader(zip.GetEntry("EcsKit.nuspec")!.Open());
        Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_reports_the_port_conflict_and_the_two_processes_at_their_source_locations()
    {
        var consumer = package.CreateConsumer("default", DefinitionWithMistakes.Program);

        var build = await consumer.BuildAsync();

        // ECS0004 is an error by default, so the build fails; ECS0020 is a warning.
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{DefinitionWithMistakes.PortConflictLocation}: error ECS0004: Containers 'a' and 'b' both use port 80/tcp", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{DefinitionWithMistakes.SeveralProcessesLocation}: warning ECS0020: Container 'php' starts 'nginx' and 'php-fpm'", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_as_errors_turns_the_process_warning_into_an_error()
    {
        var consumer = package.CreateConsumer("warnaserror", DefinitionWithMistakes.Program);

        var build = await consumer.BuildAsync("-warnaserror");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{DefinitionWithMistakes.SeveralProcessesLocation}: error ECS0020:", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{DefinitionWithMistakes.PortConflictLocation}: error ECS0004:", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editorconfig_severities_turn_the_rules_off()
    {
        var consumer = package.CreateConsumer("suppressed", DefinitionWithMistakes.Program);
        consumer.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.ECS0004.severity = none
            dotnet_diagnostic.ECS0020.severity = none

            """);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(new Regex("ECS00(04|20)"), build.Output);
    }

    [Fact]
    public async Task The_strict_preset_from_the_package_makes_the_process_rule_an_error()
    {
        var consumer = package.CreateConsumer("strict", DefinitionWithMistakes.Program);
        using (var zip = ZipFile.OpenRead(package.PackagePath))
        {
            using var preset = new StreamReader(zip.GetEntry("editorconfig/strict.editorconfig")!.Open());
            consumer.Write(".editorconfig", "root = true\n\n" + preset.ReadToEnd());
        }

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{DefinitionWithMistakes.SeveralProcessesLocation}: error ECS0020:", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_task_definition_in_the_project_folder_is_checked_without_any_project_setting()
    {
        var consumer = package.CreateConsumer("jsonbuild", "Console.WriteLine();\n");
        consumer.Write("deploy/web.taskdef.json", """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [
                { "name": "a", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80 }] },
                { "name": "b", "image": "httpd:2.4", "portMappings": [{ "containerPort": 80 }] }
              ]
            }
            """);

        var build = await consumer.BuildAsync();

        Assert.Matches(new Regex(@"web\.taskdef\.json\(9,\d+\): error ECS0004: Containers 'a' and 'b' both use port 80/tcp"), build.Output);
    }

    [Fact]
    public async Task Json_definitions_become_additional_files_once_even_when_the_project_lists_them()
    {
        var consumer = package.CreateConsumer("json", "System.Console.WriteLine();\n");
        consumer.Write("tasks/web.taskdef.json", "{}");
        consumer.Write("services/web.service.json", "{}");
        consumer.Write("tasks/other.json", "{}");
        consumer.Write("obj/stale.taskdef.json", "{}");
        consumer.AddToProject("""<ItemGroup><AdditionalFiles Include="./tasks\web.taskdef.json" /></ItemGroup>""");

        var restore = await consumer.RestoreAsync();
        Assert.True(restore.ExitCode == 0, restore.Output);
        var items = await consumer.MSBuildAsync("-getItem:AdditionalFiles");

        Assert.True(items.ExitCode == 0, items.Output);
        var files = Regex.Matches(items.Output, "\"Identity\": \"([^\"]+)\"").Select(m => m.Groups[1].Value.Replace('\\', '/')).ToList();
        Assert.Single(files, f => f.EndsWith("web.taskdef.json", StringComparison.Ordinal));
        Assert.Single(files, f => f.EndsWith("web.service.json", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith("other.json", StringComparison.Ordinal) || f.Contains("stale", StringComparison.Ordinal));
    }
}
