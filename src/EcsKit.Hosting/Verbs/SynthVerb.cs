using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace EcsKit.Hosting.Verbs;

/// <summary>
/// <c>synth</c>: writes the ECS API JSON of every cluster, task definition and service, one file per resource
/// (<c>--out</c>), or all of it as one JSON document on standard output. With <c>--format cloudformation</c>, one
/// CloudFormation template instead (<c>&lt;app&gt;.template.json</c> in <c>--out</c>), its warnings on standard error.
/// </summary>
internal sealed class SynthVerb : IVerb
{
    public Command Create(EcsApp app, HostConsole console)
    {
        var output = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "Folder to write one JSON file per resource into (created when missing). Without it, one JSON document goes to standard output.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "ecs: the ECS API JSON of every resource; cloudformation: one CloudFormation template (JSON); cloudformation-yaml: the same template as YAML.",
            DefaultValueFactory = _ => "ecs",
        };
        format.AcceptOnlyFromAmong("ecs", "cloudformation", "cloudformation-yaml");
        var logGroups = new Option<bool>("--log-groups") { Description = "cloudformation: add a log group for each awslogs group." };
        var executionRole = new Option<bool>("--execution-role") { Description = "cloudformation: add a task execution role where awslogs or secrets need one and none is given." };
        var parameters = new Option<bool>("--parameters") { Description = "cloudformation: make image tags, subnets and security groups deploy-time parameters." };
        var command = new Command("synth", "Write the ECS API JSON (register-task-definition, create-service, create-cluster input) of every resource, or a CloudFormation template.");
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(logGroups);
        command.Options.Add(executionRole);
        command.Options.Add(parameters);
        command.SetAction((result, cancellationToken) => VerbErrors.Guard(console, () =>
        {
            if (result.GetValue(format) is "cloudformation" or "cloudformation-yaml")
            {
                var options = new CloudFormationOptions
                {
                    CreateLogGroups = result.GetValue(logGroups),
                    CreateExecutionRole = result.GetValue(executionRole),
                    ImageTagParameters = result.GetValue(parameters),
                    NetworkParameters = result.GetValue(parameters),
                };
                return WriteTemplate(app, options, result.GetValue(format) == "cloudformation-yaml", result.GetValue(output), console, cancellationToken);
            }
            var files = SynthFile.For(app);
            return result.GetValue(output) is { } folder
                ? WriteFolder(files, folder, console, cancellationToken)
                : WriteDocument(files, console, cancellationToken);
        }));
        return command;
    }

    private static async Task<int> WriteFolder(IReadOnlyList<SynthFile> files, DirectoryInfo folder, HostConsole console, CancellationToken cancellationToken)
    {
        folder.Create();
        // Files of resources that were renamed or removed since the last run would otherwise linger.
        foreach (var stale in SynthFile.OwnedPatterns.SelectMany(p => folder.EnumerateFiles(p)))
        {
            stale.Delete();
        }
        var table = new Table().AddColumns("Kind", "Name", "File");
        foreach (var file in files)
        {
            var path = Path.Combine(folder.FullName, file.FileName);
            await File.WriteAllTextAsync(path, file.Json + "\n", cancellationToken).ConfigureAwait(false);
            table.AddRow(Markup.Escape(file.Kind), Markup.Escape(file.Name), Markup.Escape(file.FileName));
        }
        console.Console.Write(table);
        console.Console.MarkupLine($"Wrote {files.Count} file(s) to {Markup.Escape(folder.FullName)}.");
        return 0;
    }

    private static async Task<int> WriteTemplate(EcsApp app, CloudFormationOptions options, bool yaml, DirectoryInfo? folder, HostConsole console, CancellationToken cancellationToken)
    {
        var template = EcsCloudFormation.Synthesize(app, options);
        // Warnings go to standard error so that standard output stays one template a pipe can take.
        foreach (var warning in template.Warnings)
        {
            await console.Error.WriteLineAsync($"warning: {warning}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        var text = yaml ? template.ToYaml() : template.ToJson() + "\n";
        if (folder is null)
        {
            await console.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }
        folder.Create();
        var path = Path.Combine(folder.FullName, $"{SafeFileName(app.Name)}.template.{(yaml ? "yaml" : "json")}");
        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
        console.Console.MarkupLine($"Wrote {Markup.Escape(path)}.");
        return 0;
    }

    private static string SafeFileName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')).TrimStart('.');

    private static async Task<int> WriteDocument(IReadOnlyList<SynthFile> files, HostConsole console, CancellationToken cancellationToken)
    {
        var document = new JsonObject
        {
            ["clusters"] = Array(files, "cluster"),
            ["taskDefinitions"] = Array(files, "task definition"),
            ["services"] = Array(files, "service"),
        };
        var json = document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await console.Out.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static JsonArray Array(IReadOnlyList<SynthFile> files, string kind) =>
        new([.. files.Where(f => f.Kind == kind).Select(f => JsonNode.Parse(f.Json))]);
}
