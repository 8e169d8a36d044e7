using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcsKit.Tests.CloudFormation;

/// <summary>
/// Reads a CloudFormation YAML template into the JSON form CloudFormation itself uses, so that one checker and one
/// comparison serve both: short tags such as <c>!Ref</c>, <c>!Sub</c> and <c>!GetAtt</c> become their
/// <c>{"Ref": ...}</c> and <c>{"Fn::...": ...}</c> objects, and plain scalars get the YAML core types.
/// </summary>
internal static class CloudFormationYaml
{
    /// <summary>
    /// Reads the first document. A repeated key keeps its last value, as PyYAML-based tools do, and is listed in
    /// <paramref name="duplicateKeys"/>: one corpus template repeats <c>Cpu</c>, which the YamlDotNet object model
    /// rejects outright, so the reader works on the parser's events instead.
    /// </summary>
    public static JsonObject Parse(string yaml, List<string>? duplicateKeys = null)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        return Node(parser, duplicateKeys ?? [])!.AsObject();
    }

    private static JsonNode? Node(IParser parser, List<string> duplicateKeys)
    {
        JsonNode? value;
        NodeEvent start;
        if (parser.TryConsume<MappingStart>(out var mapping))
        {
            start = mapping;
            var o = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                if (o.ContainsKey(key.Value))
                {
                    duplicateKeys.Add($"{key.Value} at {key.Start}");
                }
                o[key.Value] = Node(parser, duplicateKeys);
            }
            value = o;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            start = sequence;
            var a = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                a.Add(Node(parser, duplicateKeys));
            }
            value = a;
        }
        else if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            value = Scalar(scalar);
        }
        else
        {
            // Anchors and aliases do not occur in CloudFormation templates, which CloudFormation parses without them.
            throw new NotSupportedException($"YAML event {parser.Current} is not supported.");
        }
        return start.Tag.IsEmpty || start.Tag.IsNonSpecific ? value : ShortTag(start.Tag.Value, value, start);
    }

    /// <summary>Turns <c>!Name value</c> into CloudFormation's long form of the intrinsic function.</summary>
    private static JsonObject ShortTag(string tag, JsonNode? value, NodeEvent node)
    {
        var name = tag.TrimStart('!');
        return name switch
        {
            "Ref" or "Condition" => new JsonObject { [name] = value },
            // The scalar form "Resource.Attribute" is shorthand for the two-element list; the attribute may hold dots.
            "GetAtt" when value is JsonValue v && ((string)v!).Split('.', 2) is [var resource, var attribute] =>
                new JsonObject { ["Fn::GetAtt"] = new JsonArray(resource, attribute) },
            _ when name.Length > 0 && char.IsUpper(name[0]) => new JsonObject { ["Fn::" + name] = value },
            _ => throw new NotSupportedException($"Unknown YAML tag {tag} at {node.Start}"),
        };
    }

    /// <summary>Plain scalars are typed as YAML core does; quoted ones stay strings as CloudFormation reads them.</summary>
    private static JsonValue? Scalar(Scalar scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return JsonValue.Create(text);
        }
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when IsFloat(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    private static bool IsFloat(string text) =>
        text.Any(char.IsDigit) && text.All(c => char.IsDigit(c) || c is '.' or '-' or '+' or 'e' or 'E')
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
