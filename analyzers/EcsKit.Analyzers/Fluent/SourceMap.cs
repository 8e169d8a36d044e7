using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EcsKit.Analyzers;

/// <summary>Where each fact was written: JSON paths of the model mapped to source locations.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Location> _locations = new(System.StringComparer.Ordinal);

    /// <summary>Remembers where <paramref name="path"/> was written; the first call that sets a path keeps it unless <paramref name="replace"/>.</summary>
    public void Add(string path, Location location, bool replace = true)
    {
        if (replace || !_locations.ContainsKey(path))
        {
            _locations[path] = location;
        }
    }

    /// <summary>The location of <paramref name="path"/>, or of the nearest enclosing part that has one.</summary>
    public Location? Find(string path)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }
        }
        return null;
    }

    private static string Parent(string path)
    {
        if (path.EndsWith("]", System.StringComparison.Ordinal))
        {
            var open = path.LastIndexOf('[');
            return open > 0 ? path.Substring(0, open) : "";
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path.Substring(0, dot) : "";
    }
}
