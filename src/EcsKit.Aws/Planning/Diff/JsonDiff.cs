using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// Field-level differences between two normalised definitions: objects member by member, keyed lists element by
/// key, maps entry by entry, anything else as a whole value. Values are shown as compact JSON with secrets masked.
/// </summary>
internal sealed class JsonDiff
{
    private static readonly string MaskJson = JsonText.Of(JsonValue.Create(SensitiveText.Mask));

    private readonly ResourceShape _shape;
    private readonly JsonObject _beforeRoot;
    private readonly JsonObject _afterRoot;
    private readonly List<EcsFieldChange> _changes = [];

    private JsonDiff(ResourceShape shape, JsonObject beforeRoot, JsonObject afterRoot)
    {
        _shape = shape;
        _beforeRoot = beforeRoot;
        _afterRoot = afterRoot;
    }

    /// <summary>What differs from <paramref name="before"/> (what ECS has) to <paramref name="after"/> (what is declared).</summary>
    public static IReadOnlyList<EcsFieldChange> Compare(ResourceShape shape, JsonObject before, JsonObject after)
    {
        var diff = new JsonDiff(shape, before, after);
        diff.Compare(FieldPath.Root, before, after);
        return diff._changes;
    }

    // beforeHere/afterHere: the object holding the member exists on that side (or ECS always reports it), so a
    // missing member there stands for its default.
    private void Compare(FieldPath at, JsonNode? before, JsonNode? after, bool beforeHere = true, bool afterHere = true)
    {
        if (JsonText.Same(before, after))
        {
            return;
        }
        if (_shape.KeyedListAt(at.Pattern) is { } keyed
            && (before ?? new JsonArray()) is JsonArray beforeList
            && (after ?? new JsonArray()) is JsonArray afterList
            && keyed.Keys(beforeList) is { } beforeKeys
            && keyed.Keys(afterList) is { } afterKeys)
        {
            CompareKeyed(at, keyed, beforeList, beforeKeys, afterList, afterKeys);
            return;
        }
        var isMap = _shape.IsMap(at.Pattern);
        // An object on one side only is compared member by member, unless ECS's default for it is a whole object.
        var descend = isMap || (before is JsonObject && after is JsonObject)
            || ((before is JsonObject || after is JsonObject) && _shape.DefaultAt(at.Pattern, before is null ? _beforeRoot : _afterRoot) is null);
        if (descend && (before ?? new JsonObject()) is JsonObject beforeObject && (after ?? new JsonObject()) is JsonObject afterObject)
        {
            var always = _shape.AlwaysReported.Contains(at.Pattern);
            CompareMembers(at, beforeObject, afterObject, isMap, before is not null || always, after is not null || always);
            return;
        }
        Emit(at, before, after, beforeHere, afterHere);
    }

    private void CompareMembers(FieldPath at, JsonObject before, JsonObject after, bool isMap, bool beforeHere, bool afterHere)
    {
        foreach (var (name, value) in after)
        {
            Compare(isMap ? at.Entry(name) : at.Member(name), before[name], value, beforeHere, afterHere);
        }
        foreach (var (name, value) in before)
        {
            if (!after.ContainsKey(name))
            {
                Compare(isMap ? at.Entry(name) : at.Member(name), value, null, beforeHere, afterHere);
            }
        }
    }

    private void CompareKeyed(FieldPath at, KeyedList keyed, JsonArray before, IReadOnlyList<string> beforeKeys, JsonArray after, IReadOnlyList<string> afterKeys)
    {
        for (var i = 0; i < afterKeys.Count; i++)
        {
            var j = IndexOf(beforeKeys, afterKeys[i]);
            var entry = at.Entry(afterKeys[i]);
            var afterValue = Shown(keyed, (JsonObject)after[i]!);
            if (j < 0)
            {
                Emit(entry, null, afterValue);
            }
            else
            {
                Compare(entry, Shown(keyed, (JsonObject)before[j]!), afterValue);
            }
        }
        for (var j = 0; j < beforeKeys.Count; j++)
        {
            if (IndexOf(afterKeys, beforeKeys[j]) < 0)
            {
                Emit(at.Entry(beforeKeys[j]), Shown(keyed, (JsonObject)before[j]!), null);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode Shown(KeyedList keyed, JsonObject element) => keyed.ValueOf(element) ?? element.DeepClone();

    private void Emit(FieldPath at, JsonNode? before, JsonNode? after, bool beforeHere = true, bool afterHere = true)
    {
        // A member left to its default shows the default, not absence: essential: true -> false.
        before ??= after is null || !beforeHere ? null : _shape.DefaultAt(at.Pattern, _beforeRoot);
        after ??= before is null || !afterHere ? null : _shape.DefaultAt(at.Pattern, _afterRoot);
        var sensitive = IsSensitive(at, before) || IsSensitive(at, after);
        var shownBefore = before is null ? null : sensitive ? MaskJson : JsonText.Of(Display(at, before));
        var shownAfter = after is null ? null : sensitive ? MaskJson : JsonText.Of(Display(at, after));
        _changes.Add(new EcsFieldChange(at.Text, shownBefore, shownAfter)
        {
            // Equal text for different values: only masked parts differ.
            Sensitive = sensitive || (shownBefore is not null && shownBefore == shownAfter),
            RequiresReplacement = _shape.NeedsReplacement(at.TopMember, before, after),
        });
    }

    private bool IsSensitive(FieldPath at, JsonNode? node)
    {
        if (node is null)
        {
            return false;
        }
        if (_shape.Sensitive.Any(s => s.Path == at.Pattern && s.IsSensitiveKey(at.Key)))
        {
            return true;
        }
        return JsonText.StringOf(node) is { } text && SensitiveText.ValueHoldsCredential(text);
    }

    /// <summary>A copy of <paramref name="node"/> to show, with every sensitive value inside it masked.</summary>
    private JsonNode? Display(FieldPath at, JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (IsSensitive(at, node))
        {
            return JsonValue.Create(SensitiveText.Mask);
        }
        switch (node)
        {
            case JsonObject obj:
            {
                var isMap = _shape.IsMap(at.Pattern);
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Display(isMap ? at.Entry(name) : at.Member(name), value);
                }
                return copy;
            }
            case JsonArray list:
            {
                var keyed = _shape.KeyedListAt(at.Pattern);
                var copy = new JsonArray();
                for (var i = 0; i < list.Count; i++)
                {
                    copy.Add(list[i] is JsonObject element && keyed?.KeyOf(element) is { } key
                        ? DisplayElement(at.Entry(key), keyed, element)
                        : Display(at.Index(i), list[i]));
                }
                return copy;
            }
            default:
                return node.DeepClone();
        }
    }

    // An element of a keyed list keeps its JSON shape; its value member is judged under the element's key.
    private JsonNode? DisplayElement(FieldPath entry, KeyedList keyed, JsonObject element)
    {
        if (keyed.ValueMember is null)
        {
            return Display(entry, element);
        }
        var copy = new JsonObject();
        foreach (var (name, value) in element)
        {
            copy[name] = name == keyed.KeyMember ? value?.DeepClone()
                : name == keyed.ValueMember ? Display(entry, value)
                : Display(entry.Member(name), value);
        }
        return copy;
    }
}
