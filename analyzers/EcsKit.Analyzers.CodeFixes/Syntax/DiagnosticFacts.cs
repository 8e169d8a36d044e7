using System;
using System.Linq;
using System.Threading;
using EcsKit.Rules;
using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers.CodeFixes;

/// <summary>
/// The facts a diagnostic was found in, read again the way the analyzer read them: the fixes decide from the same
/// facts (network mode, container, command) as the rule, never from the message text.
/// </summary>
internal sealed class DiagnosticFacts
{
    private DiagnosticFacts(AppReader reader, string path)
    {
        Reader = reader;
        Path = path;
    }

    public AppReader Reader { get; }

    /// <summary>The JSON path of the finding (the diagnostic's "path" property).</summary>
    public string Path { get; }

    /// <summary>The facts of the block (method or top-level statements) around <paramref name="node"/>, or null.</summary>
    public static DiagnosticFacts? Read(Diagnostic diagnostic, SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue("path", out var path) || path is null)
        {
            return null;
        }
        IOperation? operation = null;
        for (var current = node; operation is null && current is not null; current = current.Parent)
        {
            operation = model.GetOperation(current, cancellationToken);
        }
        if (operation is null)
        {
            return null;
        }
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }
        var reader = AppReader.Read(new[] { operation });
        return reader is null ? null : new DiagnosticFacts(reader, path);
    }

    /// <summary>The task definition the finding's path lies in.</summary>
    public TaskFacts? Task => Reader.Facts.TaskDefinitions.FirstOrDefault(t => Within(Path, t.Path));

    /// <summary>The container the finding's path lies in.</summary>
    public ContainerFacts? Container => Task?.Containers.FirstOrDefault(c => Within(Path, c.Path));

    private static bool Within(string path, string prefix) =>
        path.Length == prefix.Length
            ? string.Equals(path, prefix, StringComparison.Ordinal)
            : path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] is '.' or '[';
}
