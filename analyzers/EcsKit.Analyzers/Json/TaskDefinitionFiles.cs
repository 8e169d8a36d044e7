using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers.Json;

/// <summary>The task definition files of a project by family, read once per compilation, for checking services against them.</summary>
internal sealed class TaskDefinitionFiles
{
    private readonly System.Lazy<Dictionary<string, List<EcsJsonDocument>>> _byFamily;

    public TaskDefinitionFiles(ImmutableArray<AdditionalText> files) =>
        _byFamily = new System.Lazy<Dictionary<string, List<EcsJsonDocument>>>(() => Index(files), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The one task definition file of <paramref name="family"/>; null when there is none, or several (which one runs is then not known).</summary>
    public EcsJsonDocument? Find(string? family) =>
        family is not null && _byFamily.Value.TryGetValue(family, out var documents) && documents.Count == 1 ? documents[0] : null;

    private static Dictionary<string, List<EcsJsonDocument>> Index(ImmutableArray<AdditionalText> files)
    {
        var byFamily = new Dictionary<string, List<EcsJsonDocument>>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (EcsJsonDocument.KindOf(file.Path) != EcsJsonKind.TaskDefinition
                || EcsJsonDocument.Read(file, CancellationToken.None) is not { } document
                || JsonValues.String(document.Definition["family"]) is not { IsKnown: true } family)
            {
                continue;
            }
            if (!byFamily.TryGetValue(family.Value, out var list))
            {
                byFamily[family.Value] = list = new List<EcsJsonDocument>();
            }
            list.Add(document);
        }
        return byFamily;
    }
}
