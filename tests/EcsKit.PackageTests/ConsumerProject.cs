namespace EcsKit.PackageTests;

/// <summary>A fresh console project outside the repository that references EcsKit from the local feed only.</summary>
internal sealed class ConsumerProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private readonly IReadOnlyDictionary<string, string> _environment;

    private ConsumerProject(string directory, IReadOnlyDictionary<string, string> environment)
    {
        Directory = directory;
        _environment = environment;
    }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    internal static ConsumerProject Create(string directory, string feed, string version, string program, IReadOnlyDictionary<string, string> environment)
    {
        System.IO.Directory.CreateDirectory(directory);
        // EcsKit comes from the local feed only; anything the SDK needs beyond its own packs comes from nuget.org.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="EcsKit" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EcsKit" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // The consumer must not pick up the settings of whatever folder the temp folder sits in.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        return new ConsumerProject(directory, environment);
    }

    /// <summary>Adds or replaces a file of the project.</summary>
    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Adds XML at the end of the project file, where a user's own items are.</summary>
    public void AddToProject(string xml)
    {
        var path = Path.Combine(Directory, "Consumer.csproj");
        File.WriteAllText(path, File.ReadAllText(path).Replace("</Project>", xml + "\n</Project>", StringComparison.Ordinal));
    }

    /// <summary>Runs <c>dotnet build</c> with the console logger, whose diagnostics read <c>file(line,col): severity id: message</c>.</summary>
    public Task<DotNetResult> BuildAsync(params string[] arguments) =>
        DotNet.RunAsync(Directory, _environment, BuildTimeout, ["build", "-tl:off", "-nodeReuse:false", .. arguments]);

    /// <summary>Runs <c>dotnet restore</c>: <c>dotnet msbuild -restore -getItem</c> evaluates before restoring, without the package's build files.</summary>
    public Task<DotNetResult> RestoreAsync() =>
        DotNet.RunAsync(Directory, _environment, BuildTimeout, "restore");

    /// <summary>Runs <c>dotnet msbuild</c>, for example to read items with <c>-getItem</c>.</summary>
    public Task<DotNetResult> MSBuildAsync(params string[] arguments) =>
        DotNet.RunAsync(Directory, _environment, BuildTimeout, ["msbuild", "-nodeReuse:false", .. arguments]);
}
