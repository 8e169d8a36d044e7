using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsKit.Aws.Tests.Client;

/// <summary>The committed extract of AWS's SigV4 test suite (Fixtures/aws-sig-v4-test-suite.json).</summary>
internal sealed record SigV4Suite(
    [property: JsonPropertyName("accessKeyId")] string AccessKeyId,
    [property: JsonPropertyName("secretAccessKey")] string SecretAccessKey,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("cases")] IReadOnlyList<SigV4SuiteCase> Cases)
{
    public static SigV4Suite Load { get; } = JsonSerializer.Deserialize<SigV4Suite>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "aws-sig-v4-test-suite.json")))!;

    public DateTime SignedAt => DateTime.ParseExact(Date, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var c in Load.Cases)
        {
            names.Add(c.Name);
        }
        return names;
    }

    public SigV4SuiteCase Case(string name) => Cases.Single(c => c.Name == name);
}

/// <summary>One case: the request, and what its canonical request, string to sign and Authorization header must be.</summary>
internal sealed record SigV4SuiteCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("headers")] IReadOnlyList<IReadOnlyList<string>> Headers,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("canonicalRequest")] string CanonicalRequest,
    [property: JsonPropertyName("stringToSign")] string StringToSign,
    [property: JsonPropertyName("authorization")] string Authorization)
{
    /// <summary>The headers as an HTTP client sends them: one value per name, repeated headers joined with commas.</summary>
    public Dictionary<string, string> CombinedHeaders()
    {
        var combined = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in Headers)
        {
            var value = header[1].Trim();
            combined[header[0]] = combined.TryGetValue(header[0], out var earlier) ? $"{earlier},{value}" : value;
        }
        return combined;
    }
}
