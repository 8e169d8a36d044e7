using System.Text.Json.Nodes;
using EcsKit.Aws.Tests.Fakes;

namespace EcsKit.Aws.Tests.Planning;

/// <summary>Real-world definitions of the shared corpus, planned against what ECS returns for them: unchanged.</summary>
public class CorpusPlanTests
{
    // Requests EcsJson refuses, as ECS would (the JSON round-trip tests of EcsKit say why): nothing to plan.
    private static readonly Dictionary<string, string> NotReadable = new(StringComparer.Ordinal)
    {
        ["awslabs__ecs-nginx-reverse-proxy__reverse-proxy__task-definition.json"] = "$.containerDefinitions[0].cpu",
        ["aws-observability__aws-otel-collector__examples__ecs__aws-prometheus__ecs-ec2-task-def.json"] = "$.networkMode",
        ["micahhausler__container-transform__container_transform__tests__composev2_extended_output.json"] = "$.containerDefinitions[0].dockerLabels['io.redis.novalue']",
    };

    public static IEnumerable<object[]> DescribeOutputs => SharedData.CorpusFiles("taskdefs-describe-output");

    public static IEnumerable<object[]> Requests => SharedData.CorpusFiles("taskdefs");

    public static IEnumerable<object[]> Services => SharedData.CorpusFiles("services");

    [Theory]
    [MemberData(nameof(DescribeOutputs))]
    public async Task A_describe_output_planned_against_its_own_request_shape_is_unchanged(string file)
    {
        var text = File.ReadAllText(SharedData.Corpus("taskdefs-describe-output", file));
        var declared = EcsJson.ReadTaskDefinition(text).Value;

        var plan = await PlanAsync(declared, DescribedFrom(text, declared.Family));

        AssertUnchanged(plan);
    }

    [Theory]
    [MemberData(nameof(DescribeOutputs))]
    public async Task A_describe_output_planned_against_the_request_a_person_would_write_is_unchanged(string file)
    {
        var text = File.ReadAllText(SharedData.Corpus("taskdefs-describe-output", file));
        var root = JsonNode.Parse(text)!.AsObject();
        var written = (root["taskDefinition"] ?? root).DeepClone().AsObject();
        Unfill(written);
        var declared = EcsJson.ParseTaskDefinition(written.ToJsonString());
        Assert.NotEqual(EcsJson.Serialize(declared), EcsJson.Serialize(EcsJson.ReadTaskDefinition(text).Value));

        var plan = await PlanAsync(declared, DescribedFrom(text, declared.Family));

        AssertUnchanged(plan);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_planned_against_what_ECS_returns_for_it_is_unchanged(string file)
    {
        var json = File.ReadAllText(SharedData.Corpus("taskdefs", file));
        if (NotReadable.TryGetValue(file, out var path))
        {
            Assert.Contains(Assert.Throws<EcsJsonException>(() => EcsJson.ParseTaskDefinition(json)).Problems, p => p.Path == path);
            return;
        }
        var declared = EcsJson.ParseTaskDefinition(json);

        var plan = await PlanAsync(declared, EcsDescribe.TaskDefinition(declared, 4));

        AssertUnchanged(plan);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_service_planned_against_what_ECS_returns_for_it_is_unchanged(string file)
    {
        var read = EcsJson.ParseService(File.ReadAllText(SharedData.Corpus("services", file)));
        // Some files hold template placeholders (ecs-linear-blog:ClusterName), which are not names.
        var cluster = (read.Cluster ?? "default").Replace(':', '-');
        var family = TaskDefinitionReference.Parse(read.TaskDefinition!).Family;
        var declared = read with
        {
            Cluster = cluster,
            ServiceName = read.ServiceName.Replace(':', '-'),
            TaskDefinition = family.Contains(':', StringComparison.Ordinal) ? family.Replace(':', '-') : read.TaskDefinition,
        };
        var reference = TaskDefinitionReference.Parse(declared.TaskDefinition!);
        var app = new EcsApp("corpus");
        app.Cluster(cluster).Service(declared.ServiceName, s => s.With(_ => declared));
        var api = new FakeEcsApi();
        api.Add(EcsDescribe.Cluster(app.Clusters[0]));
        var revision = reference.Revision ?? 5;
        api.Add(EcsDescribe.TaskDefinition(Json.TaskDefinition($"{{'family':'{reference.Family}','containerDefinitions':[{{'name':'c','image':'c:1','memory':64}}]}}"), revision));
        api.Add(cluster, EcsDescribe.Service(declared, EcsDescribe.TaskDefinitionArn(reference.Family, revision)));
        var service = app.Services[0];

        var plan = await EcsPlanner.PlanAsync(app, api);

        var change = plan.Changes.Single(c => c.Kind == EcsResourceKind.Service);
        Assert.True(change.Action == EcsChangeAction.Unchanged, EcsPlanText.Render(plan));
        Assert.Same(service, change.Desired);
    }

    private static EcsTaskDefinitionInfo DescribedFrom(string describeOutput, string family) =>
        new(EcsDescribe.TaskDefinitionArn(family, 1), 1, "ACTIVE", EcsJson.ReadTaskDefinition(describeOutput).Value);

    private static async Task<EcsPlan> PlanAsync(TaskDefinition declared, EcsTaskDefinitionInfo described)
    {
        var app = new EcsApp("corpus");
        app.Add(declared);
        var api = new FakeEcsApi();
        api.Add(described);
        return await EcsPlanner.PlanAsync(app, api);
    }

    private static void AssertUnchanged(EcsPlan plan) =>
        Assert.True(plan.Changes[0].Action == EcsChangeAction.Unchanged, EcsPlanText.Render(plan));

    // What ECS added to the request when it stored it (the opposite of EcsFills.TaskDefinition).
    private static void Unfill(JsonObject td)
    {
        var mode = td["networkMode"]?.GetValue<string>() ?? "bridge";
        foreach (var container in Json.Each(td, "containerDefinitions[]"))
        {
            RemoveWhen(container, "cpu", 0);
            RemoveWhen(container, "essential", true);
            foreach (var name in container.Where(p => p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList())
            {
                container.Remove(name);
            }
            foreach (var mapping in Json.Each(container, "portMappings[]"))
            {
                RemoveWhen(mapping, "protocol", "tcp");
                if (mode is "awsvpc" or "host" && mapping["hostPort"]?.GetValue<int>() == mapping["containerPort"]?.GetValue<int>())
                {
                    mapping.Remove("hostPort");
                }
            }
        }
        foreach (var efs in Json.Each(td, "volumes[].efsVolumeConfiguration"))
        {
            RemoveWhen(efs, "rootDirectory", "/");
            RemoveWhen(efs, "transitEncryption", "DISABLED");
            efs.Remove("authorizationConfig");
        }
    }

    private static void RemoveWhen(JsonObject obj, string member, JsonNode value)
    {
        if (JsonNode.DeepEquals(obj[member], value))
        {
            obj.Remove(member);
        }
    }
}
