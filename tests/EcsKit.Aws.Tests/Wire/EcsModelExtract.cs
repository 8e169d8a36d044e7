using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.Aws.Tests.Wire;

/// <summary>
/// The input shapes of the operations EcsKit calls, extracted from the ECS API model (service-2.json): for every
/// shape reachable from them its type, members and required members, list members, map keys and values, enum
/// values. Facts only: no documentation, no constraints. <see cref="Check"/> judges a request body by it.
/// </summary>
internal sealed class EcsModelExtract(JsonObject extract)
{
    public const string FileName = "ecs-operations-extract.json";

    public JsonObject Json { get; } = extract;

    public static EcsModelExtract Committed { get; } = new(
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", FileName)))!.AsObject());

    public static EcsModelExtract FromModel(string serviceJson, IEnumerable<string> operations)
    {
        var model = JsonNode.Parse(serviceJson)!.AsObject();
        var modelShapes = model["shapes"]!.AsObject();
        var metadata = model["metadata"]!.AsObject();
        var extract = new JsonObject
        {
            ["about"] = "Input shapes of the ECS operations EcsKit calls, extracted from the ECS API model (service-2.json): names, types, members, required members, enum values.",
            ["apiVersion"] = metadata["apiVersion"]!.DeepClone(),
            ["targetPrefix"] = metadata["targetPrefix"]!.DeepClone(),
            ["signingName"] = metadata["signingName"]!.DeepClone(),
            ["jsonVersion"] = metadata["jsonVersion"]!.DeepClone(),
        };
        var operationInputs = new JsonObject();
        var shapes = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var operation in operations.Order(StringComparer.Ordinal))
        {
            var input = (string)model["operations"]![operation]!["input"]!["shape"]!;
            operationInputs[operation] = input;
            pending.Push(input);
        }
        while (pending.TryPop(out var name))
        {
            if (shapes.ContainsKey(name))
            {
                continue;
            }
            var shape = modelShapes[name]!.AsObject();
            var type = (string)shape["type"]!;
            var fact = new JsonObject { ["type"] = type };
            switch (type)
            {
                case "structure":
                    if (shape["required"] is JsonArray required)
                    {
                        fact["required"] = required.DeepClone();
                    }
                    var members = new JsonObject();
                    foreach (var (member, target) in shape["members"]!.AsObject())
                    {
                        var targetName = (string)target!["shape"]!;
                        members[member] = targetName;
                        pending.Push(targetName);
                    }
                    fact["members"] = members;
                    break;
                case "list":
                    fact["member"] = (string)shape["member"]!["shape"]!;
                    pending.Push((string)fact["member"]!);
                    break;
                case "map":
                    fact["key"] = (string)shape["key"]!["shape"]!;
                    fact["value"] = (string)shape["value"]!["shape"]!;
                    pending.Push((string)fact["key"]!);
                    pending.Push((string)fact["value"]!);
                    break;
                case "string" when shape["enum"] is JsonArray values:
                    fact["enum"] = values.DeepClone();
                    break;
            }
            shapes[name] = fact;
        }
        extract["operations"] = operationInputs;
        extract["shapes"] = new JsonObject(shapes.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value)));
        return new EcsModelExtract(extract);
    }

    public string InputShape(string operation) => (string)Json["operations"]![operation]!;

    /// <summary>What is wrong with a request body for the operation: members the model lacks, wrong JSON types, missing required members, values outside an enum.</summary>
    public List<string> Check(string operation, JsonNode? body)
    {
        var problems = new List<string>();
        Check(InputShape(operation), body, "$", problems);
        return problems;
    }

    private void Check(string shapeName, JsonNode? value, string path, List<string> problems)
    {
        var shape = Json["shapes"]![shapeName]!.AsObject();
        var type = (string)shape["type"]!;
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        switch (type)
        {
            case "structure":
                if (kind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: {shapeName} must be an object, is {kind}");
                    return;
                }
                var members = shape["members"]!.AsObject();
                foreach (var (name, member) in value!.AsObject())
                {
                    if (members[name] is not { } target)
                    {
                        problems.Add($"{path}.{name}: not a member of {shapeName}");
                        continue;
                    }
                    Check((string)target!, member, $"{path}.{name}", problems);
                }
                foreach (var required in shape["required"]?.AsArray() ?? [])
                {
                    if (!value.AsObject().ContainsKey((string)required!))
                    {
                        problems.Add($"{path}: required member {required} of {shapeName} is missing");
                    }
                }
                break;
            case "list":
                if (kind != JsonValueKind.Array)
                {
                    problems.Add($"{path}: {shapeName} must be an array, is {kind}");
                    return;
                }
                var index = 0;
                foreach (var item in value!.AsArray())
                {
                    Check((string)shape["member"]!, item, $"{path}[{index++}]", problems);
                }
                break;
            case "map":
                if (kind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: {shapeName} must be an object, is {kind}");
                    return;
                }
                foreach (var (key, item) in value!.AsObject())
                {
                    Check((string)shape["value"]!, item, $"{path}.{key}", problems);
                }
                break;
            case "string":
                if (kind != JsonValueKind.String)
                {
                    problems.Add($"{path}: {shapeName} must be a string, is {kind}");
                }
                else if (shape["enum"] is JsonArray values && !values.Any(v => (string)v! == (string)value!))
                {
                    problems.Add($"{path}: \"{value}\" is not a value of {shapeName}");
                }
                break;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{path}: {shapeName} must be true or false, is {kind}");
                }
                break;
            case "integer" or "long":
                if (kind != JsonValueKind.Number || !value!.AsValue().TryGetValue<long>(out _))
                {
                    problems.Add($"{path}: {shapeName} must be a whole number, is {value?.ToJsonString() ?? "null"}");
                }
                break;
            case "double" or "float" or "timestamp":
                if (kind != JsonValueKind.Number)
                {
                    problems.Add($"{path}: {shapeName} must be a number, is {kind}");
                }
                break;
            default:
                problems.Add($"{path}: the extract has no rule for type {type}");
                break;
        }
    }
}
