namespace EcsKit.Aws;

/// <summary>Values at <see cref="Path"/> (an element or map entry, such as <c>containerDefinitions[].environment[]</c>) that a plan never shows when their key says so.</summary>
internal sealed record SensitiveValue(string Path, Func<string?, bool> IsSensitiveKey)
{
    /// <summary>Every value there is sensitive, whatever its key (log driver options carry tokens and keys).</summary>
    public static SensitiveValue Always(string path) => new(path, _ => true);

    /// <summary>Values whose key looks like the name of a secret.</summary>
    public static SensitiveValue WhenNamedLikeSecret(string path) => new(path, key => key is not null && SensitiveText.NameLooksSecret(key));
}
