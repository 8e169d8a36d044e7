using System.Text.Json;

namespace EcsKit.Docker;

/// <summary>
/// Where local tasks get their secrets, since Secrets Manager and Parameter Store are not there: a function from the
/// request to the value, or null when this source does not know it. Values are only ever given to the container.
/// </summary>
/// <example><c>LocalSecrets.Chain(LocalSecrets.FromFile("secrets.local.json"), LocalSecrets.FromEnvironment())</c></example>
public static class LocalSecrets
{
    /// <summary>The default: environment variables first, then <c>.ecskit/secrets.json</c> when it exists.</summary>
    public static Func<LocalSecretRequest, string?> Default { get; } =
        Chain(FromEnvironment(), FromFile(Path.Combine(".ecskit", "secrets.json"), optional: true));

    /// <summary>
    /// Reads <c>ECSKIT_SECRET_&lt;NAME&gt;</c> for a secret whose variable is NAME (for example ECSKIT_SECRET_DB_PASSWORD).
    /// </summary>
    public static Func<LocalSecretRequest, string?> FromEnvironment(string prefix = "ECSKIT_SECRET_") =>
        request => System.Environment.GetEnvironmentVariable(prefix + request.Name);

    /// <summary>
    /// Reads a JSON object whose keys are variable names or <c>valueFrom</c> ARNs and whose values are the secrets,
    /// for example <c>{"DB_PASSWORD": "local-only"}</c>. The file is read when a task starts, so edits apply to the next task.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="optional">When true, a missing file knows no secrets instead of being an error.</param>
    public static Func<LocalSecretRequest, string?> FromFile(string path, bool optional = false) => request =>
    {
        if (!File.Exists(path))
        {
            return optional ? null : throw new LocalDockerException($"The secrets file '{Path.GetFullPath(path)}' does not exist: create it with a JSON object such as {{\"{request.Name}\": \"...\"}}.");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var key in new[] { request.ValueFrom, request.Name })
            {
                if (document.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }
            return null;
        }
        catch (JsonException e)
        {
            // The message of a JSON error can quote the file's text, which holds secrets: give the position only.
            throw new LocalDockerException($"The secrets file '{Path.GetFullPath(path)}' is not a JSON object of strings (line {e.LineNumber + 1}).");
        }
    };

    /// <summary>Asks each source in turn; the first value wins.</summary>
    public static Func<LocalSecretRequest, string?> Chain(params Func<LocalSecretRequest, string?>[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return request => sources.Select(source => source(request)).FirstOrDefault(value => value is not null);
    }
}
