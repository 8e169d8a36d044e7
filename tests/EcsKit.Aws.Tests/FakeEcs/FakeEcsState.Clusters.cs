using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    /// <summary>The ACTIVE cluster a request names (by name or ARN; "default" when absent).</summary>
    private FakeCluster ActiveCluster(JsonObject request)
    {
        var name = NameOf((string?)request["cluster"] ?? "default");
        return Clusters.TryGetValue(name, out var cluster) && cluster.Status == "ACTIVE" ? cluster : throw FakeEcsException.ClusterNotFound();
    }

    private JsonObject CreateCluster(JsonObject request)
    {
        var name = (string?)request["clusterName"] ?? "default";
        if (!Clusters.TryGetValue(name, out var cluster) || cluster.Status == "INACTIVE")
        {
            var spec = (JsonObject)request.DeepClone();
            spec.Remove("clusterName");
            spec.Remove("tags");
            cluster = new FakeCluster(name, $"{ArnPrefix}cluster/{name}", spec);
            Clusters[name] = cluster;
            SetTags(cluster.Arn, request["tags"] as JsonArray);
        }
        // CreateCluster of an ACTIVE cluster answers it as it is: the call is idempotent.
        return new JsonObject { ["cluster"] = ClusterJson(cluster, tags: true) };
    }

    private JsonObject DescribeClusters(JsonObject request)
    {
        var names = Strings(request, "clusters");
        if (names.Count == 0)
        {
            names.Add("default");
        }
        var tags = Strings(request, "include").Contains("TAGS");
        var clusters = new JsonArray();
        var failures = new JsonArray();
        foreach (var name in names.Select(NameOf))
        {
            if (Clusters.TryGetValue(name, out var cluster))
            {
                clusters.Add(ClusterJson(cluster, tags));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = $"{ArnPrefix}cluster/{name}", ["reason"] = "MISSING" });
            }
        }
        return new JsonObject { ["clusters"] = clusters, ["failures"] = failures };
    }

    private JsonObject DeleteCluster(JsonObject request)
    {
        var cluster = ActiveCluster(new JsonObject { ["cluster"] = Required(request, "cluster") });
        if (Services.Any(s => s.Cluster == cluster && s.Status != "INACTIVE"))
        {
            throw new FakeEcsException("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active.");
        }
        if (Tasks.Any(t => t.ClusterArn == cluster.Arn && t.IsLive))
        {
            throw new FakeEcsException("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.");
        }
        if (ContainerInstances.Any(i => i.ClusterName == cluster.Name && i.Status != "INACTIVE"))
        {
            throw new FakeEcsException("ClusterContainsContainerInstancesException", "The Cluster cannot be deleted while Container Instances are active or draining.");
        }
        cluster.Status = "INACTIVE";
        return new JsonObject { ["cluster"] = ClusterJson(cluster, tags: false) };
    }

    private JsonObject ClusterJson(FakeCluster cluster, bool tags)
    {
        var json = (JsonObject)cluster.Spec.DeepClone();
        json["clusterArn"] = cluster.Arn;
        json["clusterName"] = cluster.Name;
        json["status"] = cluster.Status;
        var active = cluster.Status == "ACTIVE";
        json["registeredContainerInstancesCount"] = active ? ContainerInstances.Count(i => i.ClusterName == cluster.Name && i.Status != "INACTIVE") : 0;
        json["runningTasksCount"] = active ? Tasks.Count(t => t.ClusterArn == cluster.Arn && t.LastStatus == "RUNNING") : 0;
        json["pendingTasksCount"] = active ? Tasks.Count(t => t.ClusterArn == cluster.Arn && t.LastStatus == "PENDING") : 0;
        json["activeServicesCount"] = active ? Services.Count(s => s.Cluster == cluster && s.Status == "ACTIVE") : 0;
        json["statistics"] = new JsonArray();
        if (tags)
        {
            json["tags"] = TagsJson(cluster.Arn);
        }
        return json;
    }
}
