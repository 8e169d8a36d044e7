using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsKit;

/// <summary>
/// Reads and writes the exact JSON of the ECS API: what <c>aws ecs register-task-definition --cli-input-json</c>,
/// <c>create-service</c> and <c>create-cluster</c> take, and what the matching describe calls return.
/// </summary>
/// <remarks>
/// Output is camelCase with the ECS member names, omits absent and empty members, writes enumerations as the
/// API's strings and task-level <c>cpu</c>/<c>memory</c> as strings. Input is checked the way the AWS CLI checks
/// parameters: a string where ECS takes a number (or the reverse) is an error, explicit <c>null</c> for an
/// optional member means absent, and members EcsKit does not know are kept and written back unchanged.
/// </remarks>
public static class EcsJson
{
    private static readonly JsonSerializerOptions Options = new(EcsJsonContext.Default.Options)
    {
        TypeInfoResolver = EcsJsonContext.Default.WithAddedModifier(ApplyEcsConventions),
        NewLine = "\n",
        // The output is a file for the ECS API and for people, not HTML: keep &&, < and non-ASCII text as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The <c>register-task-definition</c> input JSON of <paramref name="taskDefinition"/>.</summary>
    public static string Serialize(TaskDefinition taskDefinition) => Write(taskDefinition);

    /// <summary>The <c>create-service</c> input JSON of <paramref name="service"/>.</summary>
    public static string Serialize(Service service) => Write(service);

    /// <summary>The <c>create-cluster</c> input JSON of <paramref name="cluster"/>.</summary>
    public static string Serialize(Cluster cluster) => Write(cluster);

    /// <summary>Reads <c>register-task-definition</c> input or <c>describe-task-definition</c> output.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a task definition ECS would take.</exception>
    public static TaskDefinition ParseTaskDefinition(string json) => ReadTaskDefinition(json).Value;

    /// <summary>Reads <c>create-service</c> input, or one service of <c>describe-services</c> / <c>create-service</c> output.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a service ECS would take.</exception>
    public static Service ParseService(string json) => ReadService(json).Value;

    /// <summary>Reads <c>create-cluster</c> input, or one cluster of <c>describe-clusters</c> / <c>create-cluster</c> output.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a cluster ECS would take.</exception>
    public static Cluster ParseCluster(string json) => ReadCluster(json).Value;

    /// <summary>Like <see cref="ParseTaskDefinition"/>, and also says where the definition stood and which read-only members were left out.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a task definition ECS would take.</exception>
    public static EcsJsonReadResult<TaskDefinition> ReadTaskDefinition(string json)
    {
        var read = Read(json, DescribeShape.TaskDefinition, EcsJsonContext.Default.TaskDefinition);
        // describe-task-definition returns tags next to the definition, not inside it.
        if (read.Value.Tags is not { Count: > 0 } && read.Path != JsonPathText.Root
            && read.Root.TryGetProperty("tags", out var tags) && tags.ValueKind != JsonValueKind.Null)
        {
            var withTags = Read(tags, json, "$.tags", EcsJsonContext.Default.TaskDefinition.Options.GetTypeInfo(typeof(IReadOnlyList<Tag>)), "task definition");
            return read.Result(read.Value with { Tags = (IReadOnlyList<Tag>?)withTags });
        }
        return read.Result(read.Value);
    }

    /// <summary>Like <see cref="ParseService"/>, and also says where the service stood and which read-only members were left out.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a service ECS would take.</exception>
    public static EcsJsonReadResult<Service> ReadService(string json)
    {
        var read = Read(json, DescribeShape.Service, EcsJsonContext.Default.Service);
        var service = read.Value;
        if (read.Adopted.TryGetValue("cluster", out var cluster) && service.Cluster is null)
        {
            service = service with { Cluster = cluster.GetString() };
        }
        if (read.Adopted.TryGetValue("role", out var role) && service.Role is null)
        {
            service = service with { Role = role.GetString() };
        }
        return read.Result(service);
    }

    /// <summary>Like <see cref="ParseCluster"/>, and also says where the cluster stood and which read-only members were left out.</summary>
    /// <exception cref="EcsJsonException">The text is not JSON, or not a cluster ECS would take.</exception>
    public static EcsJsonReadResult<Cluster> ReadCluster(string json)
    {
        var read = Read(json, DescribeShape.Cluster, EcsJsonContext.Default.Cluster);
        return read.Result(read.Value);
    }

    private static string Write<T>(T value) where T : EcsObject
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
    }

    private static Reading<T> Read<T>(string json, DescribeShape shape, JsonTypeInfo<T> contextInfo) where T : EcsObject
    {
        ArgumentNullException.ThrowIfNull(json);
        var typeInfo = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        using var document = Parse(utf8, shape.What);
        var root = document.RootElement.Clone();
        var (element, path) = Locate(root, utf8, shape);
        var value = (T)Read(element, json, path, typeInfo, shape.What)!;
        var (kept, dropped, adopted) = shape.Split(value.AdditionalMembers);
        value = value with { AdditionalMembers = kept };
        return new Reading<T>(value, root, path, dropped, adopted);
    }

    private static object? Read(JsonElement element, string json, string path, JsonTypeInfo typeInfo, string what)
    {
        var problems = JsonShapeChecker.Check(element, typeInfo, path);
        if (problems.Count == 0)
        {
            try
            {
                return element.Deserialize(typeInfo);
            }
            catch (JsonException ex)
            {
                // The shape check is meant to catch everything first; this keeps any gap readable all the same.
                problems.Add((JsonPathText.Rebase(path, ex.Path ?? JsonPathText.Root), ex.Message));
            }
        }
        throw Fail(Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF')), what, problems);
    }

    private static JsonDocument Parse(byte[] utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var lineStart = 0;
            for (var i = 0; i < line && lineStart < utf8.Length; i++)
            {
                lineStart = Array.IndexOf(utf8, (byte)'\n', lineStart) + 1;
            }
            var position = JsonLocator.PositionOf(utf8, lineStart + (int)(ex.BytePositionInLine ?? 0));
            var reason = ex.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd(' ', '.');
            throw new EcsJsonException(what, [new EcsJsonProblem(ex.Path ?? JsonPathText.Root, position.Line, position.Column, $"not valid JSON: {reason}")]);
        }
    }

    private static (JsonElement Element, string Path) Locate(JsonElement root, byte[] utf8, DescribeShape shape)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail(utf8, shape.What, [(JsonPathText.Root, $"expected a JSON object holding a {shape.What}, found {root.ValueKind.ToString().ToLowerInvariant()}")]);
        }
        if (root.TryGetProperty(shape.SingleWrapper, out var single) && single.ValueKind == JsonValueKind.Object)
        {
            return (single, JsonPathText.Property(JsonPathText.Root, shape.SingleWrapper));
        }
        if (shape.ListWrapper is { } listName && root.TryGetProperty(listName, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var listPath = JsonPathText.Property(JsonPathText.Root, listName);
            if (list.GetArrayLength() != 1)
            {
                throw Fail(utf8, shape.What, [(listPath, $"holds {list.GetArrayLength()} {shape.What}s; EcsKit reads one at a time: pass one element of \"{listName}\"")]);
            }
            return (list[0], JsonPathText.Index(listPath, 0));
        }
        return (root, JsonPathText.Root);
    }

    private static EcsJsonException Fail(byte[] utf8, string what, List<(string Path, string Message)> problems)
    {
        var positions = JsonLocator.Locate(utf8, problems.Select(p => p.Path).ToList());
        return new EcsJsonException(what, problems
            .Select(p => positions.TryGetValue(p.Path, out var at)
                ? new EcsJsonProblem(p.Path, at.Line, at.Column, p.Message)
                : new EcsJsonProblem(p.Path, 0, 0, p.Message))
            .OrderBy(p => p.Line == 0 ? int.MaxValue : p.Line)
            .ThenBy(p => p.Column)
            .ToList());
    }

    private static void ApplyEcsConventions(JsonTypeInfo typeInfo)
    {
        // An ignored C# property (EcsObject.AdditionalMembers) still claims its JSON name, which would make an
        // unknown ECS member of that name vanish instead of landing in the extension data.
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i] is { Get: null, Set: null, IsExtensionData: false })
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
        // ECS treats an empty list or map like an absent one; leaving them out keeps output minimal and stable.
        foreach (var property in typeInfo.Properties)
        {
            // A required list is written even when empty: ECS and the AWS CLI insist on its presence.
            if (property.IsExtensionData || property.IsRequired || property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }
            property.ShouldSerialize = static (_, value) => value switch
            {
                null => false,
                ICollection collection => collection.Count > 0,
                IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
                _ => true,
            };
        }
    }

    private sealed record Reading<T>(T Value, JsonElement Root, string Path, List<string> Dropped, Dictionary<string, JsonElement> Adopted)
    {
        public EcsJsonReadResult<T> Result(T value) => new(value, Path, Dropped);
    }
}
