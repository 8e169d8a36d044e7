using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.FakeEcs;

public sealed partial class FakeEcsState
{
    /// <summary>A revision by family (latest ACTIVE), family:revision or ARN; null when there is none.</summary>
    public FakeTaskDefinition? FindTaskDefinition(string reference)
    {
        lock (_lock)
        {
            var name = NameOf(reference);
            var colon = name.LastIndexOf(':');
            if (colon < 0)
            {
                return Families.TryGetValue(name, out var all) ? all.LastOrDefault(t => t.Status == "ACTIVE") : null;
            }
            return Families.TryGetValue(name[..colon], out var revisions) && int.TryParse(name[(colon + 1)..], CultureInfo.InvariantCulture, out var revision)
                ? revisions.FirstOrDefault(t => t.Revision == revision)
                : null;
        }
    }

    private JsonObject RegisterTaskDefinition(JsonObject request)
    {
        var family = Required(request, "family");
        if (request["containerDefinitions"] is not JsonArray { Count: > 0 })
        {
            throw FakeEcsException.Client("Container list cannot be empty.");
        }
        var body = (JsonObject)request.DeepClone();
        body.Remove("tags");
        FillDefaults(body);
        var revisions = Families.TryGetValue(family, out var list) ? list : Families[family] = [];
        var revision = revisions.Count + 1;
        var registered = new FakeTaskDefinition(family, revision, $"{ArnPrefix}task-definition/{family}:{revision}", body, Now);
        revisions.Add(registered);
        SetTags(registered.Arn, request["tags"] as JsonArray);
        return new JsonObject { ["taskDefinition"] = TaskDefinitionJson(registered), ["tags"] = TagsJson(registered.Arn) };
    }

    /// <summary>What ECS adds to a registered definition: describe returns these even when the input left them out.</summary>
    private static void FillDefaults(JsonObject body)
    {
        var networkMode = (string?)body["networkMode"];
        foreach (var container in (body["containerDefinitions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            container["cpu"] ??= 0;
            container["essential"] ??= true;
            foreach (var list in new[] { "portMappings", "environment", "mountPoints", "volumesFrom", "systemControls" })
            {
                container[list] ??= new JsonArray();
            }
            foreach (var port in (container["portMappings"] as JsonArray ?? []).OfType<JsonObject>())
            {
                port["protocol"] ??= "tcp";
                if (networkMode is "awsvpc" or "host")
                {
                    port["hostPort"] ??= port["containerPort"]?.DeepClone();
                }
            }
        }
        body["volumes"] ??= new JsonArray();
        body["placementConstraints"] ??= new JsonArray();
    }

    private JsonObject DescribeTaskDefinition(JsonObject request)
    {
        var registered = FindTaskDefinition(Required(request, "taskDefinition")) ?? throw FakeEcsException.Client("Unable to describe task definition.");
        var response = new JsonObject { ["taskDefinition"] = TaskDefinitionJson(registered) };
        if (Strings(request, "include").Contains("TAGS"))
        {
            response["tags"] = TagsJson(registered.Arn);
        }
        return response;
    }

    private JsonObject ListTaskDefinitions(JsonObject request)
    {
        var prefix = (string?)request["familyPrefix"] ?? "";
        var status = (string?)request["status"] ?? "ACTIVE";
        var arns = Families
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .SelectMany(f => f.Value)
            .Where(t => status == "ALL" || t.Status == status)
            .Select(t => t.Arn)
            .ToList();
        if ((string?)request["sort"] == "DESC")
        {
            arns.Reverse();
        }
        return Page(arns, request, "taskDefinitionArns");
    }

    private JsonObject DeregisterTaskDefinition(JsonObject request)
    {
        var reference = Required(request, "taskDefinition");
        if (!NameOf(reference).Contains(':', StringComparison.Ordinal))
        {
            throw FakeEcsException.Client("Revision is required.");
        }
        var registered = FindTaskDefinition(reference) ?? throw FakeEcsException.Client("The specified task definition does not exist.");
        if (registered.Status == "ACTIVE")
        {
            registered.Status = "INACTIVE";
            registered.DeregisteredAt = Now;
        }
        return new JsonObject { ["taskDefinition"] = TaskDefinitionJson(registered) };
    }

    private static JsonObject TaskDefinitionJson(FakeTaskDefinition registered)
    {
        var json = new JsonObject
        {
            ["taskDefinitionArn"] = registered.Arn,
            ["revision"] = registered.Revision,
            ["status"] = registered.Status,
        };
        foreach (var (name, value) in registered.Body)
        {
            json[name] = value?.DeepClone();
        }
        var awsvpc = (string?)registered.Body["networkMode"] == "awsvpc";
        json["compatibilities"] = awsvpc ? new JsonArray("EC2", "FARGATE") : new JsonArray("EC2");
        json["requiresAttributes"] = new JsonArray();
        json["registeredAt"] = Epoch(registered.RegisteredAt);
        json["registeredBy"] = $"arn:aws:iam::{Account}:user/deployer";
        if (registered.DeregisteredAt is { } deregisteredAt)
        {
            json["deregisteredAt"] = Epoch(deregisteredAt);
        }
        return json;
    }
}
