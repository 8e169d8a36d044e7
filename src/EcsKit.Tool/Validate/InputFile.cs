using System.Text.Json;

namespace EcsKit.Tool.Validate;

/// <summary>One file to validate: where it is, what it holds, and its text.</summary>
internal sealed record InputFile(string Path, string DisplayPath, bool Explicit)
{
    /// <summary>The files named on the command line, with every <c>*.json</c> below the folders named, in a stable order.</summary>
    public static IReadOnlyList<InputFile> Find(IEnumerable<string> arguments, out List<string> missing)
    {
        missing = [];
        var files = new List<InputFile>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(new InputFile(System.IO.Path.GetFullPath(argument), Display(argument), Explicit: true));
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*.json", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputFile(System.IO.Path.GetFullPath(f), Display(f), Explicit: false)));
            }
            else
            {
                missing.Add(argument);
            }
        }
        return files.DistinctBy(f => f.Path).ToList();
    }

    /// <summary>Tells task definitions from services by their members (either as API input or as describe output).</summary>
    public static InputKind Classify(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return InputKind.Unknown;
        }
        if (root.TryGetProperty("containerDefinitions", out _) || root.TryGetProperty("taskDefinition", out var td) && td.ValueKind == JsonValueKind.Object)
        {
            return InputKind.TaskDefinition;
        }
        if (root.TryGetProperty("serviceName", out _)
            || root.TryGetProperty("service", out var s) && s.ValueKind == JsonValueKind.Object
            || root.TryGetProperty("services", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            return InputKind.Service;
        }
        return InputKind.Unknown;
    }

    private static string Display(string path)
    {
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? System.IO.Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
