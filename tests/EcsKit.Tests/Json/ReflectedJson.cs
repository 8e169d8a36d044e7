using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EcsKit.Tests.Json;

/// <summary>
/// The JSON a model value stands for, built by reflection over the ECS member names on the model: an oracle
/// that shares no code with EcsJson, to check that writing and reading keep every member.
/// </summary>
internal static class ReflectedJson
{
    public static JsonNode? Of(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        Enum member => JsonValue.Create(EcsName(member)),
        EcsObject model => OfModel(model),
        IDictionary map => OfMap(map),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(Of).ToArray()),
        _ => throw new NotSupportedException($"no JSON form for {value.GetType()}"),
    };

    private static JsonObject OfModel(EcsObject model)
    {
        var json = new JsonObject();
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } name)
            {
                json[name.Name] = Of(property.GetValue(model));
            }
        }
        foreach (var (name, element) in model.AdditionalMembers ?? new Dictionary<string, JsonElement>())
        {
            Assert.False(json.ContainsKey(name), $"additional member {name} shadows a modelled member");
            json[name] = Of(element);
        }
        return json;
    }

    private static JsonObject OfMap(IDictionary map)
    {
        var json = new JsonObject();
        foreach (DictionaryEntry entry in map)
        {
            json[(string)entry.Key] = Of(entry.Value);
        }
        return json;
    }

    private static string EcsName(Enum member)
    {
        var field = member.GetType().GetField(member.ToString())!;
        return field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
    }
}
