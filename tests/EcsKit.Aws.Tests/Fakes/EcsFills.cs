using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Fakes;

/// <summary>
/// What ECS adds to a definition when it stores it, written from describe output (the corpus describe output, the ECS
/// model's examples and member docs): defaults filled in, empty lists written out, sizes in units, and lists in
/// another order than declared. Each method changes the ECS JSON of a declaration into what a describe call returns.
/// </summary>
public static class EcsFills
{
    public static void TaskDefinition(JsonObject td)
    {
        Units(td, "cpu", "vcpu");
        Units(td, "memory", "gb");
        td.Fill("networkMode", "bridge");
        var mode = td["networkMode"]!.GetValue<string>();
        td.Fill("volumes", new JsonArray());
        td.Fill("placementConstraints", new JsonArray());
        td.Reverse("requiresCompatibilities");
        td.Reverse("tags");
        foreach (var container in Json.Each(td, "containerDefinitions[]"))
        {
            container.Fill("cpu", 0);
            container.Fill("essential", true);
            container.Fill("portMappings", new JsonArray());
            container.Fill("environment", new JsonArray());
            container.Fill("mountPoints", new JsonArray());
            container.Fill("volumesFrom", new JsonArray());
            container.Fill("systemControls", new JsonArray());
            container.Reverse("environment");
            container.Reverse("secrets");
            foreach (var mapping in Json.Each(container, "portMappings[]"))
            {
                mapping.Fill("protocol", "tcp");
                if (mapping["containerPort"] is { } port)
                {
                    mapping.Fill("hostPort", mode is "awsvpc" or "host" ? port.GetValue<int>() : 0);
                }
            }
            foreach (var check in Json.Each(container, "healthCheck"))
            {
                check.Fill("interval", 30);
                check.Fill("timeout", 5);
                check.Fill("retries", 3);
            }
        }
        foreach (var volume in Json.Each(td, "volumes[]"))
        {
            if (volume.Count == 1)
            {
                volume["host"] = new JsonObject();
            }
            foreach (var efs in Json.Each(volume, "efsVolumeConfiguration"))
            {
                efs.Fill("rootDirectory", "/");
                efs.Fill("transitEncryption", "DISABLED");
            }
        }
        td.Reverse("containerDefinitions");
    }

    public static void Service(JsonObject service)
    {
        var daemon = service["schedulingStrategy"]?.GetValue<string>() == "DAEMON";
        service.Fill("schedulingStrategy", "REPLICA");
        if (!service.ContainsKey("launchType") && !service.ContainsKey("capacityProviderStrategy"))
        {
            service["launchType"] = "EC2";
        }
        if (service["launchType"]?.GetValue<string>() == "FARGATE")
        {
            service.Fill("platformVersion", "LATEST");
        }
        service.Fill("deploymentConfiguration", new JsonObject());
        var deployment = service["deploymentConfiguration"]!.AsObject();
        deployment.Fill("deploymentCircuitBreaker", new JsonObject { ["enable"] = false, ["rollback"] = false });
        deployment.Fill("maximumPercent", daemon ? 100 : 200);
        deployment.Fill("minimumHealthyPercent", daemon ? 0 : 100);
        deployment.Fill("alarms", new JsonObject { ["alarmNames"] = new JsonArray(), ["enable"] = false, ["rollback"] = false });
        service.Fill("deploymentController", new JsonObject { ["type"] = "ECS" });
        service.Fill("propagateTags", "NONE");
        service.Fill("enableECSManagedTags", false);
        service.Fill("enableExecuteCommand", false);
        service.Fill("healthCheckGracePeriodSeconds", 0);
        service.Fill("availabilityZoneRebalancing", "ENABLED");
        service.Fill("loadBalancers", new JsonArray());
        service.Fill("serviceRegistries", new JsonArray());
        service.Fill("placementConstraints", new JsonArray());
        service.Fill("placementStrategy", new JsonArray());
        foreach (var awsvpc in Json.Each(service, "networkConfiguration.awsvpcConfiguration"))
        {
            awsvpc.Fill("assignPublicIp", "DISABLED");
            awsvpc.Reverse("subnets");
            awsvpc.Reverse("securityGroups");
        }
        if (service["role"]?.GetValue<string>() is { } role)
        {
            service.Remove("role");
            service["roleArn"] = $"arn:aws:iam::{EcsDescribe.Account}:role/{role}";
        }
        else if (service["loadBalancers"]!.AsArray().Count > 0)
        {
            service["roleArn"] = $"arn:aws:iam::{EcsDescribe.Account}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS";
        }
        if (daemon)
        {
            service["desiredCount"] = 3;
        }
        service.Reverse("tags");
        // DescribeServices reports Service Connect only on deployments.
        service.Remove("serviceConnectConfiguration");
    }

    public static void Cluster(JsonObject cluster)
    {
        cluster.Fill("settings", new JsonArray(new JsonObject { ["name"] = "containerInsights", ["value"] = "disabled" }));
        cluster.Fill("capacityProviders", new JsonArray());
        cluster.Fill("defaultCapacityProviderStrategy", new JsonArray());
        cluster.Fill("tags", new JsonArray());
        cluster.Reverse("tags");
        cluster.Reverse("capacityProviders");
        foreach (var item in Json.Each(cluster, "defaultCapacityProviderStrategy[]"))
        {
            item.Fill("base", 0);
            item.Fill("weight", 0);
        }
    }

    // "1 vCPU" -> "1024", "2 GB" -> "2048": ECS stores units and MiB.
    private static void Units(JsonObject td, string member, string unit)
    {
        if (td[member]?.GetValue<string>() is not { } text || !text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var number = decimal.Parse(text[..^unit.Length].Trim(), CultureInfo.InvariantCulture);
        td[member] = ((int)(number * 1024)).ToString(CultureInfo.InvariantCulture);
    }
}
