namespace EcsKit.Tool.Tests;

/// <summary>Runs <c>ecskit</c> in-process over files written to a temporary folder.</summary>
internal sealed class ToolRun : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ecskit-tool-");

    public string Folder => _folder.FullName;

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ToolCommand.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    public const string ValidTask = """
        {
          "family": "web",
          "networkMode": "awsvpc",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "256",
          "memory": "512",
          "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
          "containerDefinitions": [
            {
              "name": "app",
              "image": "public.ecr.aws/nginx/nginx:1.27",
              "portMappings": [{ "containerPort": 80 }],
              "readonlyRootFilesystem": true,
              "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] },
              "logConfiguration": {
                "logDriver": "awslogs",
                "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" }
              }
            }
          ]
        }
        """;

    /// <summary>Two containers of an awsvpc task on port 80: ECS0004 at line 9 (the second mapping).</summary>
    public const string PortConflictTask = """
        {
          "family": "web",
          "networkMode": "awsvpc",
          "containerDefinitions": [
            { "name": "a", "image": "nginx:1.27", "memory": 128,
              "portMappings": [{ "containerPort": 80 }] },
            { "name": "b", "image": "httpd:2.4", "memory": 128,
              "portMappings": [
                { "containerPort": 80 }
              ] }
          ]
        }
        """;
}
