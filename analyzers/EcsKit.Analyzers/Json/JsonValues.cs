using System;
using System.Collections.Generic;
using System.Globalization;
using EcsKit.Rules;

namespace EcsKit.Analyzers.Json;

/// <summary>
/// JSON values as facts. A member that is missing or null is absent (the runtime reader treats null as absent too);
/// a value of the wrong JSON type, which the runtime reader refuses, is unknown: the rules never guess it.
/// </summary>
internal static class JsonValues
{
    private static readonly char[] NotIntegral = { '.', 'e', 'E' };

    public static Fact<string> String(JsonNode? node) => node?.Kind switch
    {
        null or JsonKind.Null => Fact<string>.Absent,
        JsonKind.String => Fact<string>.Of(node.Text),
        _ => Fact<string>.Unknown,
    };

    /// <summary>An integer such as <c>80</c>; a fraction, an exponent or a number beyond 32 bits is unknown, as the runtime refuses it.</summary>
    public static Fact<int> Int(JsonNode? node) => node?.Kind switch
    {
        null or JsonKind.Null => Fact<int>.Absent,
        JsonKind.Number when node.Text.IndexOfAny(NotIntegral) < 0
            && int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => Fact<int>.Of(value),
        _ => Fact<int>.Unknown,
    };

    public static Fact<bool> Bool(JsonNode? node) => node?.Kind switch
    {
        null or JsonKind.Null => Fact<bool>.Absent,
        JsonKind.True => Fact<bool>.Of(true),
        JsonKind.False => Fact<bool>.Of(false),
        _ => Fact<bool>.Unknown,
    };

    /// <summary>Whether a member is given (not missing, not null): known either way.</summary>
    public static Fact<bool> Given(JsonNode? node) => Fact<bool>.Of(node is not null && node.Kind != JsonKind.Null);

    /// <summary>True when the value is a JSON object; a missing or null member is not, and neither is a value of another type.</summary>
    public static bool IsObject(JsonNode? node) => node?.Kind == JsonKind.Object;

    /// <summary>Whether <paramref name="node"/> is given but is not an array, so its items cannot be known.</summary>
    public static bool IsWrongList(JsonNode? node) => node is not null && node.Kind is not (JsonKind.Null or JsonKind.Array);

    /// <summary>One string member of each object of a list, such as the host names of extraHosts; an item that is not an object has an unknown one.</summary>
    public static FactList<Fact<string>> MemberOfEach(JsonNode? node, string member)
    {
        var list = new FactList<Fact<string>>(isComplete: !IsWrongList(node));
        if (node?.Kind == JsonKind.Array)
        {
            foreach (var item in node.Items)
            {
                list.Add(item.Kind == JsonKind.Object ? String(item[member]) : Fact<string>.Unknown);
            }
        }
        return list;
    }

    /// <summary>A list of strings; an item of another type is unknown, a list of another type is incomplete.</summary>
    public static FactList<Fact<string>> Strings(JsonNode? node)
    {
        var list = new FactList<Fact<string>>(isComplete: !IsWrongList(node));
        if (node?.Kind == JsonKind.Array)
        {
            foreach (var item in node.Items)
            {
                list.Add(String(item));
            }
        }
        return list;
    }

    /// <summary>A list of integers, in the same way as <see cref="Strings"/>.</summary>
    public static FactList<Fact<int>> Ints(JsonNode? node)
    {
        var list = new FactList<Fact<int>>(isComplete: !IsWrongList(node));
        if (node?.Kind == JsonKind.Array)
        {
            foreach (var item in node.Items)
            {
                list.Add(Int(item));
            }
        }
        return list;
    }

    /// <summary>
    /// A list of objects mapped to facts with their paths (<c>path[i]</c>, each index as written). An item that is
    /// not an object cannot be mapped and makes the list incomplete, as does a list of another type.
    /// </summary>
    public static FactList<T> Objects<T>(JsonNode? node, string path, Func<JsonNode, string, T> map)
    {
        var list = new FactList<T>(isComplete: !IsWrongList(node));
        if (node?.Kind != JsonKind.Array)
        {
            return list;
        }
        for (var i = 0; i < node.Items.Count; i++)
        {
            if (node.Items[i].Kind == JsonKind.Object)
            {
                list.Add(map(node.Items[i], JsonPaths.Index(path, i)));
            }
            else
            {
                list.IsComplete = false;
            }
        }
        return list;
    }

    /// <summary>The number of items of an array; a value of another type counts none, so no rule reports on it.</summary>
    public static int Count(JsonNode? node) => node?.Kind == JsonKind.Array ? node.Items.Count : 0;

    /// <summary>The members of an object of strings (such as log options); false when the value is given but is not an object.</summary>
    public static bool Map(JsonNode? node, IDictionary<string, Fact<string>> into)
    {
        if (node is null || node.Kind == JsonKind.Null)
        {
            return true;
        }
        if (node.Kind != JsonKind.Object)
        {
            return false;
        }
        foreach (var member in node.Members)
        {
            into[member.Name] = String(member.Value);
        }
        return true;
    }
}
