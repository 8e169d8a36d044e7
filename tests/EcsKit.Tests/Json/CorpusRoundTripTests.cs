using System.Text.Json.Nodes;

namespace EcsKit.Tests.Json;

/// <summary>
/// Every real-world file of the shared corpus is read, written, read and written again: the output must be stable
/// and mean what the input meant, except where the table below says otherwise (and why).
/// </summary>
public sealed class CorpusRoundTripTests
{
    private static readonly string[] TaskDefinitionFolders = ["taskdefs", "taskdefs-describe-output"];
    private static readonly string[] ServiceFolders = ["services"];

    /// <summary>Keyed by folder/file name. A file with no entry must round-trip unchanged.</summary>
    private static readonly Dictionary<string, CorpusExpectation> Expectations = new(StringComparer.Ordinal)
    {
        // Container cpu, memory and containerPort are Integer in the ECS model; the AWS CLI rejects the quoted "256" and "80".
        ["taskdefs/awslabs__ecs-nginx-reverse-proxy__reverse-proxy__task-definition.json"] = CorpusExpectation.Throws(
            "$.containerDefinitions[0].cpu",
            "$.containerDefinitions[0].memory",
            "$.containerDefinitions[0].portMappings[0].containerPort",
            "$.containerDefinitions[1].cpu",
            "$.containerDefinitions[1].memory"),

        // NetworkMode is bridge, host, awsvpc or none; "default" is not an ECS value (omit networkMode for the default).
        ["taskdefs/aws-observability__aws-otel-collector__examples__ecs__aws-prometheus__ecs-ec2-task-def.json"] =
            CorpusExpectation.Throws("$.networkMode"),

        // dockerLabels is a map of string to string; ECS has no label without a value, so the null label is rejected.
        ["taskdefs/micahhausler__container-transform__container_transform__tests__composev2_extended_output.json"] =
            CorpusExpectation.Throws("$.containerDefinitions[0].dockerLabels['io.redis.novalue']"),

        // Saved describe-task-definition output without its wrapper: what ECS reports but never takes is dropped.
        ["taskdefs/GoodOnuii__hyperdx__task-definition.json"] = CorpusExpectation.DropsReadOnly(
            "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy"),

        // Saved describe-task-definition output without its wrapper, reduced to revision and status.
        ["taskdefs/kayac__ecspresso__tests__td-plain.json"] = CorpusExpectation.DropsReadOnly("revision", "status"),

        // describe-task-definition output: the definition is read from inside its "taskDefinition" wrapper.
        ["taskdefs-describe-output/aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__efs__task-definition.json"] =
            CorpusExpectation.DescribeOutput("$.taskDefinition"),
    };

    public static TheoryData<CorpusFile> CorpusFiles() => new(ListCorpusFiles().Select(key => new CorpusFile(key)));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_file_round_trips(CorpusFile file)
    {
        var json = File.ReadAllText(file.FullPath);
        var expectation = Expectations.GetValueOrDefault(file.Key) ?? new CorpusExpectation();
        var isService = ServiceFolders.Contains(file.Folder);

        if (expectation.ErrorPaths is { } errorPaths)
        {
            var error = Assert.Throws<EcsJsonException>(() => Read(json, isService));
            // Order is checked by the error tests; here only which values are wrong matters.
            Assert.Equal(errorPaths.Order(StringComparer.Ordinal), error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
            Assert.All(error.Problems, p => Assert.True(p.Line > 0 && p.Column > 0, $"no position for {p}"));
            return;
        }

        var (written, definitionPath, readOnlyMembers) = Read(json, isService);
        var rewritten = isService
            ? EcsJson.Serialize(EcsJson.ParseService(written))
            : EcsJson.Serialize(EcsJson.ParseTaskDefinition(written));
        Assert.Equal(written, rewritten);

        Assert.Equal(expectation.DefinitionPath, definitionPath);
        Assert.Equal(expectation.Dropped.Order(StringComparer.Ordinal), readOnlyMembers.Order(StringComparer.Ordinal));
        JsonSemantics.AssertEqual(Expected(json, expectation), JsonNode.Parse(rewritten));
    }

    [Fact]
    public void Every_corpus_file_is_in_the_theory_and_every_expectation_names_a_file()
    {
        var inTheory = ListCorpusFiles().ToHashSet(StringComparer.Ordinal);
        foreach (var folder in TaskDefinitionFolders.Concat(ServiceFolders))
        {
            var files = Directory.GetFiles(SharedData.Require("corpus", folder));
            Assert.NotEmpty(files);
            Assert.All(files, path => Assert.Contains($"{folder}/{Path.GetFileName(path)}", inTheory));
        }
        Assert.All(Expectations.Keys, file => Assert.Contains(file, inTheory));
    }

    private static IEnumerable<string> ListCorpusFiles() =>
        TaskDefinitionFolders.Concat(ServiceFolders)
            .SelectMany(folder => Directory.GetFiles(SharedData.Require("corpus", folder))
                .Select(path => $"{folder}/{Path.GetFileName(path)}"))
            .Order(StringComparer.Ordinal);

    private static (string Written, string Path, IReadOnlyList<string> ReadOnlyMembers) Read(string json, bool isService)
    {
        if (isService)
        {
            var service = EcsJson.ReadService(json);
            return (EcsJson.Serialize(service.Value), service.Path, service.ReadOnlyMembers);
        }
        var taskDefinition = EcsJson.ReadTaskDefinition(json);
        return (EcsJson.Serialize(taskDefinition.Value), taskDefinition.Path, taskDefinition.ReadOnlyMembers);
    }

    /// <summary>The input as the reader should see it: unwrapped, read-only members left out or renamed, describe tags moved in.</summary>
    private static JsonObject Expected(string json, CorpusExpectation expectation)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var definition = JsonPaths.Resolve(root, expectation.DefinitionPath)!.DeepClone().AsObject();
        foreach (var (from, to) in expectation.Renamed)
        {
            if (!definition.ContainsKey(to))
            {
                definition[to] = definition[from]?.DeepClone();
            }
        }
        foreach (var member in expectation.Dropped)
        {
            definition.Remove(member);
        }
        // describe-task-definition returns the tags beside the definition; they belong to it.
        if (expectation.DefinitionPath != "$" && root["tags"] is { } tags && definition["tags"] is null)
        {
            definition["tags"] = tags.DeepClone();
        }
        return definition;
    }
}
