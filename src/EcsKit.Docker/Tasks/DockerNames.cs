using System.Text;

namespace EcsKit.Docker.Tasks;

/// <summary>Names of the Docker objects of an application: readable in <c>docker ps</c>, unique per task, valid for the engine.</summary>
internal static class DockerNames
{
    public static string Container(string app, string family, string container, string taskId) =>
        Clean($"{app}-{family}-{container}-{taskId[..8]}");

    public static string Pause(string app, string family, string taskId) => Clean($"{app}-{family}-pause-{taskId[..8]}");

    public static string Network(string app) => Clean($"ecskit-{app}");

    public static string TaskVolume(string app, string taskId, string volume) => Clean($"{app}-{taskId[..8]}-{volume}");

    public static string SharedVolume(string app, string volume) => Clean($"{app}-{volume}");

    // Docker names allow [a-zA-Z0-9][a-zA-Z0-9_.-]; ECS names may hold other characters.
    private static string Clean(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '-');
        }
        return text.ToString();
    }
}
