namespace EcsKit.Docker.Tasks;

/// <summary>Reads an environment file the way ECS does: one VARIABLE=VALUE per line, lines starting with # are comments.</summary>
internal static class EnvironmentFileText
{
    public static IEnumerable<string> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('=', StringComparison.Ordinal));
}
