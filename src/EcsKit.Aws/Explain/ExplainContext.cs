namespace EcsKit.Aws;

/// <summary>What advice can say more precisely knowing the service: whether its tasks get a public IP.</summary>
internal sealed record ExplainContext(bool? PublicIp, bool? Rollback = null)
{
    public static ExplainContext Of(EcsServiceInfo? service)
    {
        var awsvpc = service?.Definition.NetworkConfiguration?.AwsvpcConfiguration;
        var breaker = service?.Definition.DeploymentConfiguration?.DeploymentCircuitBreaker;
        return new ExplainContext(awsvpc is null ? null : awsvpc.AssignPublicIp == AssignPublicIp.Enabled, breaker is null ? null : breaker.Rollback);
    }

    /// <summary>What happens after the circuit breaker stopped a deployment, said for this service's setting.</summary>
    public string AfterCircuitBreaker => Rollback switch
    {
        true => "This service rolls back: ECS goes back to the last completed deployment.",
        false => "This service does not roll back: the failed deployment is left as it is until you deploy again.",
        null => "With rollback enabled, ECS goes back to the last completed deployment.",
    };

    /// <summary>The network path to AWS services a task needs, said for this service.</summary>
    public string NetworkPath(string endpoints) => PublicIp switch
    {
        false => $"The service's tasks get no public IP (assignPublicIp DISABLED), so their subnets need a NAT gateway or VPC endpoints ({endpoints}).",
        true => $"The service's tasks get a public IP: their subnets need a route to an internet gateway (or VPC endpoints: {endpoints}).",
        null => $"Tasks in private subnets need a NAT gateway or VPC endpoints ({endpoints}); tasks in public subnets need assignPublicIp ENABLED.",
    } + " Security groups and network ACLs must allow outbound HTTPS (443).";
}
