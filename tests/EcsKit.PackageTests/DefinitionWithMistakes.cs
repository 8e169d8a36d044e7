namespace EcsKit.PackageTests;

/// <summary>
/// A consumer's Program.cs with two mistakes the analyzers must report: two containers on port 80 in one Fargate
/// task (ECS0004) and a container that starts nginx and php-fpm from one shell (ECS0020).
/// </summary>
internal static class DefinitionWithMistakes
{
    public const string Program = """
        using EcsKit;

        var app = new EcsApp("shop");
        app.TaskDefinition("web", td => td
            .Fargate(cpu: 512, memoryMiB: 1024)
            .Container("a", c => c.Image("nginx:1.27").Port(80).ReadonlyRootFilesystem().HealthCheck("CMD-SHELL", "true"))
            .Container("b", c => c.Image("httpd:2.4").Port(80).ReadonlyRootFilesystem().HealthCheck("CMD-SHELL", "true"))
            .Container("php", c => c.Image("php:8.3-fpm").Command("sh", "-c", "nginx && php-fpm").ReadonlyRootFilesystem().HealthCheck("CMD-SHELL", "true")));
        Console.WriteLine(app.TaskDefinitions.Count);

        """;

    /// <summary>ECS0004 is reported at the port of the second container that maps port 80.</summary>
    public static string PortConflictLocation => Locate(".Container(\"b\"", "Port(", "Port(".Length);

    /// <summary>ECS0020 is reported at the <c>Command</c> call that holds the script.</summary>
    public static string SeveralProcessesLocation => Locate(".Container(\"php\"", "Command(", 0);

    /// <summary>The <c>Program.cs(line,col)</c> the compiler prints for the text after <paramref name="marker"/> in the line holding <paramref name="lineMarker"/>.</summary>
    private static string Locate(string lineMarker, string marker, int offset)
    {
        var lines = Program.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(lineMarker, StringComparison.Ordinal));
        var column = lines[line].IndexOf(marker, StringComparison.Ordinal) + offset;
        return $"Program.cs({line + 1},{column + 1})";
    }
}
