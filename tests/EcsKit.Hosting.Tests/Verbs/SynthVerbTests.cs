using System.Text.Json;

namespace EcsKit.Hosting.Tests.Verbs;

public sealed class SynthVerbTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ecskit-synth-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Without_out_it_prints_one_json_document_with_every_resource()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "synth");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("main", root.GetProperty("clusters")[0].GetProperty("clusterName").GetString());
        Assert.Equal("web", root.GetProperty("taskDefinitions")[0].GetProperty("family").GetString());
        var service = root.GetProperty("services")[0];
        Assert.Equal("web", service.GetProperty("serviceName").GetString());
        Assert.Equal("main", service.GetProperty("cluster").GetString());
        Assert.Equal("web", service.GetProperty("taskDefinition").GetString());
    }

    [Fact]
    public async Task With_out_it_writes_one_file_per_resource_that_parses_back()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "--out", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        var names = _folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["cluster.main.json", "service.main.web.json", "task-definition.web.json"], names);
        var definition = EcsJson.ParseTaskDefinition(File.ReadAllText(Path.Combine(_folder.FullName, "task-definition.web.json")));
        Assert.Equal("web", definition.Family);
        Assert.Equal("256", definition.Cpu);
        Assert.Contains("task-definition.web.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synth_replaces_files_of_resources_that_no_longer_exist_and_leaves_other_files_alone()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "task-definition.old.json"), "{}");
        File.WriteAllText(Path.Combine(_folder.FullName, "notes.txt"), "mine");

        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "-o", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "task-definition.old.json")));
        Assert.True(File.Exists(Path.Combine(_folder.FullName, "notes.txt")));
    }

    [Fact]
    public async Task Names_that_are_not_safe_file_names_cannot_escape_the_folder()
    {
        var app = new EcsApp("odd");
        app.TaskDefinition("../../escape", td => td.Container("app", c => c.Image("busybox")));

        var run = await HostRun.Of(app, "synth", "--out", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["task-definition.______escape.json"], _folder.GetFiles().Select(f => f.Name).ToArray());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_gives_one_error_line_and_exit_code_1()
    {
        var blocker = Path.Combine(_folder.FullName, "file");
        File.WriteAllText(blocker, "");

        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "--out", Path.Combine(blocker, "sub"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_cloudformation_prints_one_template_with_ref_wiring()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "--format", "cloudformation");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var resources = document.RootElement.GetProperty("Resources");
        Assert.Equal("AWS::ECS::Cluster", resources.GetProperty("DemoMainCluster").GetProperty("Type").GetString());
        var service = resources.GetProperty("DemoMainWebService").GetProperty("Properties");
        Assert.Equal("DemoMainCluster", service.GetProperty("Cluster").GetProperty("Ref").GetString());
        Assert.Equal("DemoWebTaskDefinition", service.GetProperty("TaskDefinition").GetProperty("Ref").GetString());
    }

    [Fact]
    public async Task Format_cloudformation_with_out_writes_the_app_template_and_warnings_to_standard_error()
    {
        var app = HostRun.SmallApp();
        app.Cluster("main").Service("other", s => s.TaskDefinition("web").With(x => x with { ClientToken = "t" }));

        var run = await HostRun.Of(app, "synth", "--format", "cloudformation", "--out", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["demo.template.json"], _folder.GetFiles().Select(f => f.Name).ToArray());
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.FullName, "demo.template.json")));
        Assert.Equal("2010-09-09", document.RootElement.GetProperty("AWSTemplateFormatVersion").GetString());
        Assert.Contains("warning: service 'other': clientToken has no CloudFormation property", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cloudformation_switches_add_parameters_and_the_supporting_resources()
    {
        var app = new EcsApp("demo");
        var web = app.TaskDefinition("web", td => td
            .Fargate(cpu: 256, memoryMiB: 512)
            .Container("app", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(80).AwsLogs(group: "/ecs/web", region: "eu-west-1", streamPrefix: "web")));
        app.Cluster("main").Service("web", s => s.TaskDefinition(web).DesiredCount(1).Subnets("subnet-1"));

        var plain = await HostRun.Of(app, "synth", "--format", "cloudformation");
        var full = await HostRun.Of(app, "synth", "--format", "cloudformation", "--log-groups", "--execution-role", "--parameters");

        Assert.Equal(0, full.ExitCode);
        Assert.DoesNotContain("AWS::Logs::LogGroup", plain.Output, StringComparison.Ordinal);
        Assert.Contains("AWS::Logs::LogGroup", full.Output, StringComparison.Ordinal);
        Assert.Contains("AWS::IAM::Role", full.Output, StringComparison.Ordinal);
        Assert.Contains("\"Parameters\"", full.Output, StringComparison.Ordinal);
        Assert.Contains("ImageTag", full.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_cloudformation_yaml_prints_the_template_as_yaml()
    {
        var run = await HostRun.Of(HostRun.SmallApp(), "synth", "--format", "cloudformation-yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\"AWSTemplateFormatVersion\": \"2010-09-09\"\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"Type\": \"AWS::ECS::Service\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("{", run.Output.Replace("{}", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
