using System.Runtime.CompilerServices;

namespace EcsKit.Tests;

/// <summary>
/// Golden-file checks: the text a test produces must equal the file committed under <c>golden/</c> next to the test.
/// A changed result fails and leaves <c>NAME.received.EXT</c> beside the golden file to compare and accept.
/// A missing golden file is written and the test passes, except under <c>CI=true</c>, where it fails.
/// Set <c>ECSKIT_ACCEPT=1</c> to accept every change.
/// </summary>
internal static class Golden
{
    public static void Verify(string actual, string fileName, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "golden");
        var path = Path.Combine(folder, fileName);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        actual = actual.ReplaceLineEndings("\n");
        if (!actual.EndsWith('\n'))
        {
            actual += "\n";
        }
        if (Environment.GetEnvironmentVariable("ECSKIT_ACCEPT") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }
        if (!File.Exists(path))
        {
            Assert.False(IsCi, $"Golden file {path} is missing; run the tests locally to create it and commit it.");
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            return;
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"{fileName} differs from its golden file at line {FirstDifferentLine(expected, actual)}. " +
                    $"Compare {received} with {path}; if the change is right, copy it over (or run with ECSKIT_ACCEPT=1).");
    }

    // CI builds map source paths to "/_/" (deterministic builds); map them back onto the checkout.
    private static string SourcePath(string compiledPath)
    {
        const string Mapped = "/_/";
        if (!compiledPath.StartsWith(Mapped, StringComparison.Ordinal))
        {
            return compiledPath;
        }
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EcsKit.sln")))
        {
            directory = directory.Parent;
        }
        return directory is null
            ? compiledPath
            : Path.Combine(directory.FullName, compiledPath[Mapped.Length..]);
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }
        return line + 1;
    }
}
