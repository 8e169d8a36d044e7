using System.Text.Json.Nodes;

namespace EcsKit.Aws;

/// <summary>
/// How one kind of resource is compared: the normalisers that bring both sides to the form ECS stores, the lists
/// matched by key, the maps, the values never shown, and the members ECS cannot change in place.
/// </summary>
internal sealed class ResourceShape
{
    /// <summary>Members that name the resource rather than describe it (family, serviceName): not compared.</summary>
    public IReadOnlyList<string> NotCompared { get; init; } = [];

    /// <summary>Applied to both sides, in order; <see cref="EmptyValues"/> runs before and after them.</summary>
    public required IReadOnlyList<IJsonNormalizer> Normalizers { get; init; }

    /// <summary>Applied after <see cref="Normalizers"/>, to the pair.</summary>
    public IReadOnlyList<IPairNormalizer> PairNormalizers { get; init; } = [];

    /// <summary>Patterns of JSON objects whose members are keys (dockerLabels, log options), shown as <c>map['key']</c>.</summary>
    public IReadOnlyList<string> Maps { get; init; } = [];

    /// <summary>Structures ECS reports even when the declaration leaves them out (a service's deploymentConfiguration), whose members' defaults are shown.</summary>
    public IReadOnlySet<string> AlwaysReported { get; init; } = new HashSet<string>();

    /// <summary>Values a plan shows as <c>***</c>.</summary>
    public IReadOnlyList<SensitiveValue> Sensitive { get; init; } = [];

    /// <summary>Top-level members ECS cannot change on an existing resource.</summary>
    public IReadOnlySet<string> Replacement { get; init; } = new HashSet<string>();

    /// <summary>Members of <see cref="Replacement"/> that can still be dropped in place (a launchType given up for a capacity provider strategy).</summary>
    public IReadOnlySet<string> RemovableInPlace { get; init; } = new HashSet<string>();

    /// <summary>Whether a change of a top-level member from <paramref name="before"/> to <paramref name="after"/> takes a new resource.</summary>
    public bool NeedsReplacement(string member, JsonNode? before, JsonNode? after) =>
        Replacement.Contains(member) && !(after is null && before is not null && RemovableInPlace.Contains(member));

    /// <summary>Every rule by its text, for tests that cover each one.</summary>
    public IEnumerable<string> Rules => Normalizers.Select(n => n.Rule).Concat(PairNormalizers.Select(n => n.Rule));

    public KeyedList? KeyedListAt(string pattern) => Normalizers.OfType<KeyedList>().FirstOrDefault(k => k.Path == pattern);

    /// <summary>The value ECS gives the member at <paramref name="pattern"/> when it is absent, where a default rule says so.</summary>
    public JsonNode? DefaultAt(string pattern, JsonObject root) =>
        Normalizers.OfType<DefaultValue>().Where(d => d.Path == pattern).Select(d => d.DefaultFor(root)).FirstOrDefault(d => d is not null);

    public bool IsMap(string pattern) => Maps.Contains(pattern);

    /// <summary>Brings both sides to the compared form (the nodes are changed in place).</summary>
    public void Normalize(JsonObject desired, JsonObject actual)
    {
        foreach (var side in (JsonObject[])[desired, actual])
        {
            foreach (var member in NotCompared)
            {
                side.Remove(member);
            }
            EmptyValues.Instance.Apply(side);
            foreach (var normalizer in Normalizers)
            {
                normalizer.Apply(side);
            }
            EmptyValues.Instance.Apply(side);
        }
        foreach (var normalizer in PairNormalizers)
        {
            normalizer.Apply(desired, actual);
        }
        EmptyValues.Instance.Apply(desired);
        EmptyValues.Instance.Apply(actual);
    }
}
