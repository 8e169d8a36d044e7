using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EcsKit.Analyzers.Json;

/// <summary>
/// Reports ECS mistakes in the JSON task definitions (<c>*.taskdef.json</c>) and services (<c>*.service.json</c>)
/// of a project, given to the compiler as additional files: the same rules as the fluent analyzer and the runtime
/// validator, at the line and column of the JSON value that causes each finding. A service is checked against the
/// task definition file of the family it runs, when the project has exactly one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EcsJsonFileAnalyzer : DiagnosticAnalyzer
{
    // The path the runtime gives a service's task definition (EcsValidation.Validate(service, taskDefinition)).
    private const string TaskPrefix = "taskDefinition";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => EcsDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var files = start.Options.AdditionalFiles;
            if (!files.Any(f => EcsJsonDocument.KindOf(f.Path) != EcsJsonKind.None))
            {
                return;
            }
            var tasks = new TaskDefinitionFiles(files);
            start.RegisterAdditionalFileAction(file => Analyze(file, tasks));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, TaskDefinitionFiles tasks)
    {
        var document = EcsJsonDocument.Read(context.AdditionalFile, context.CancellationToken);
        if (document is null)
        {
            return;
        }
        IReadOnlyList<RuleDiagnostic> findings;
        EcsJsonDocument? taskDocument = null;
        if (document.Kind == EcsJsonKind.TaskDefinition)
        {
            findings = RuleRunner.Run(TaskJsonReader.Read(document.Definition, document.Path), Options);
        }
        else
        {
            var reference = JsonValues.String(document.Definition["taskDefinition"]);
            taskDocument = tasks.Find(ServiceJsonReader.FamilyOf(reference));
            var task = taskDocument is null ? null : TaskJsonReader.Read(taskDocument.Definition, TaskPrefix);
            findings = RuleRunner.Run(ServiceJsonReader.Read(document.Definition, document.Path, task), Options);
        }
        var reported = new HashSet<(string, int, int, string)>();
        foreach (var finding in findings)
        {
            var location = Find(finding.Path, document, taskDocument);
            var additional = finding.AdditionalPaths.Select(p => Find(p, document, taskDocument)).ToList();
            if (location.GetLineSpan().Path != document.Locations.File)
            {
                // A finding about the task definition is reported in this file (the one being analyzed), at the
                // service's reference to it, with the task definition's value as the first additional location.
                additional.Insert(0, location);
                location = document.Locations.Find(JsonPaths.Property(document.Path, "taskDefinition"));
            }
            if (!reported.Add((finding.Id, location.SourceSpan.Start, location.SourceSpan.Length, finding.Message)))
            {
                continue;
            }
            context.ReportDiagnostic(Diagnostic.Create(
                EcsDescriptors.Get(finding.Id),
                location,
                EcsDescriptors.ToRoslyn(finding.Severity),
                additional.Where(l => l != location),
                properties: ImmutableDictionary<string, string?>.Empty.Add("path", finding.Path),
                finding.Message));
        }
    }

    // Every rule runs, as in the C# analyzer; which findings show is up to the descriptors and .editorconfig.
    private static RuleOptions Options => EcsDefinitionAnalyzer.AllRules;

    private static Location Find(string path, EcsJsonDocument document, EcsJsonDocument? taskDocument)
    {
        if (taskDocument is not null && path.StartsWith(TaskPrefix, System.StringComparison.Ordinal))
        {
            return taskDocument.Locations.Find(taskDocument.Path + path.Substring(TaskPrefix.Length));
        }
        return document.Locations.Find(path);
    }
}
