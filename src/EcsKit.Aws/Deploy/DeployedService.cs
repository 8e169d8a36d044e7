namespace EcsKit.Aws;

/// <summary>A service a deploy created or updated, and the deployment that call started.</summary>
internal sealed record DeployedService(string Name, string Cluster, string ServiceName, EcsServiceInfo Response)
{
    public EcsDeploymentInfo? Deployment { get; } = Response.Deployments.FirstOrDefault(d => d.Status == "PRIMARY");
}
