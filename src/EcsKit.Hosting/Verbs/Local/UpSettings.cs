namespace EcsKit.Hosting.Verbs.Local;

/// <summary>How <c>up</c> (and the agent it starts) runs the application.</summary>
/// <param name="StaticPorts">Publish awsvpc ports on the same host port (LocalDockerOptions.StaticPorts).</param>
/// <param name="Timeout">How long every service has to become stable.</param>
internal sealed record UpSettings(bool StaticPorts, TimeSpan Timeout);
