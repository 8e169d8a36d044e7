using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsKit;

/// <summary>Writes and reads an enumeration as the exact ECS API string (case-sensitive, as ECS is).</summary>
internal sealed class EcsEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && EcsValues.TryParse(reader.GetString()!, out TEnum value))
        {
            return value;
        }
        throw new JsonException($"expected one of {string.Join(", ", EcsValues.Values<TEnum>())}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToEcsString());
}
