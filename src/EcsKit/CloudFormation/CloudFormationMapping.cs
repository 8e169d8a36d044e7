using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit.CloudFormation;

/// <summary>
/// Turns ECS API JSON into CloudFormation resource properties and back, driven by the generated table
/// <see cref="CloudFormationMappingTable.Rows"/>: renames, nested definitions and type conversions all come from it.
/// </summary>
internal static class CloudFormationMapping
{
    private static readonly Dictionary<(string Definition, string Ecs), MappingRow> ByEcs =
        CloudFormationMappingTable.Rows.ToDictionary(r => (r.Definition, r.Ecs));

    private static readonly Dictionary<(string Definition, string Cfn), MappingRow> ByCfn =
        CloudFormationMappingTable.Rows.Where(r => r.Cfn is not null).ToDictionary(r => (r.Definition, r.Cfn!));

    /// <summary>The CloudFormation properties of an ECS object; members CloudFormation cannot hold are added to <paramref name="warnings"/>.</summary>
    /// <remarks><c>where</c> names the definition in warnings, for example <c>task definition 'web'</c>.</remarks>
    public static JsonObject ToCloudFormation(JsonObject ecs, string definition, string where, ICollection<string> warnings) =>
        ObjectToCfn(ecs, definition, where, "", warnings);

    /// <summary>The ECS JSON of CloudFormation properties that hold literal values only.</summary>
    /// <exception cref="ArgumentException">A property is not literal (Ref, Fn::*) or has no ECS member.</exception>
    public static JsonObject ToEcs(JsonObject cfn, string definition) => ObjectToEcs(cfn, definition, "");

    private static JsonObject ObjectToCfn(JsonObject ecs, string definition, string where, string path, ICollection<string> warnings)
    {
        var result = new JsonObject();
        foreach (var (name, value) in ecs)
        {
            var memberPath = path.Length == 0 ? name : $"{path}.{name}";
            if (value is null)
            {
                continue;
            }
            if (!ByEcs.TryGetValue((definition, name), out var row) || row.Cfn is null)
            {
                warnings.Add($"{where}: {memberPath} has no CloudFormation property and is left out.");
                continue;
            }
            var converted = ValueToCfn(value, row.CfnKind, row.CfnRef, row.CfnItemKind, row.CfnItemRef, where, memberPath, warnings);
            if (converted is not null)
            {
                result[row.Cfn] = converted;
            }
        }
        return result;
    }

    private static JsonNode? ValueToCfn(JsonNode value, CfnKind kind, string? nested, CfnKind itemKind, string? itemNested,
        string where, string path, ICollection<string> warnings)
    {
        switch (kind)
        {
            case CfnKind.Object when value is JsonObject o && nested is not null:
                return ObjectToCfn(o, nested, where, path, warnings);
            case CfnKind.Array when value is JsonArray a:
                var items = new JsonArray();
                for (var i = 0; i < a.Count; i++)
                {
                    items.Add(a[i] is null ? null : ValueToCfn(a[i]!, itemKind, itemNested, CfnKind.Any, null, where, $"{path}[{i}]", warnings));
                }
                return items;
            case CfnKind.String when value is JsonValue v:
                return ScalarText(v) is { } text ? JsonValue.Create(text) : v.DeepClone();
            case CfnKind.Integer or CfnKind.Number when value is JsonValue v && v.GetValueKind() == JsonValueKind.String:
                return decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : v.DeepClone();
            case CfnKind.Any or CfnKind.Map or CfnKind.Integer or CfnKind.Number or CfnKind.Boolean:
                return value.DeepClone();
            default:
                // The ECS value has a shape the CloudFormation property cannot take (an ECS document where CloudFormation wants text).
                warnings.Add($"{where}: {path} is a {value.GetValueKind()} where CloudFormation takes a {kind} and is left out.");
                return null;
        }
    }

    private static string? ScalarText(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static JsonObject ObjectToEcs(JsonObject cfn, string definition, string path)
    {
        var result = new JsonObject();
        foreach (var (name, value) in cfn)
        {
            var propertyPath = path.Length == 0 ? name : $"{path}.{name}";
            if (!ByCfn.TryGetValue((definition, name), out var row))
            {
                throw new ArgumentException($"CloudFormation property {propertyPath} has no ECS member.", nameof(cfn));
            }
            if (value is null)
            {
                continue;
            }
            result[row.Ecs] = ValueToEcs(value, row, row.EcsKind, row.CfnRef, propertyPath, item: false);
        }
        return result;
    }

    private static JsonNode? ValueToEcs(JsonNode value, MappingRow row, CfnKind ecsKind, string? nested, string path, bool item)
    {
        if (value is JsonObject intrinsic && intrinsic.Count == 1 && intrinsic.First() is var (key, _)
            && (key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal)))
        {
            throw new ArgumentException(
                $"CloudFormation property {path} is {key}, not a literal value; only literal task definition properties can be read.");
        }
        switch (ecsKind)
        {
            case CfnKind.Object when value is JsonObject o && nested is not null:
                return ObjectToEcs(o, nested, path);
            case CfnKind.Array when value is JsonArray a && !item:
                var items = new JsonArray();
                for (var i = 0; i < a.Count; i++)
                {
                    items.Add(a[i] is null ? null : ValueToEcs(a[i]!, row, row.EcsItemKind, row.CfnItemRef, $"{path}[{i}]", item: true));
                }
                return items;
            case CfnKind.Integer or CfnKind.Number when value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                && decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n):
                return JsonValue.Create(n);
            case CfnKind.Boolean when value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                && bool.TryParse(v.GetValue<string>(), out var b):
                return JsonValue.Create(b);
            case CfnKind.String when value is JsonValue v && ScalarText(v) is { } text:
                return JsonValue.Create(text);
            case CfnKind.Map when value is JsonObject map:
                foreach (var (mapKey, mapValue) in map)
                {
                    _ = mapValue is null ? null : ValueToEcs(mapValue, row, CfnKind.Any, null, $"{path}.{mapKey}", item: true);
                }
                return value.DeepClone();
            default:
                return value.DeepClone();
        }
    }
}
