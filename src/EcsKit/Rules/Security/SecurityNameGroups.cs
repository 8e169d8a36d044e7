using System;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>Items grouped by a known name, in order of first appearance (names are case-sensitive, as environment variables are).</summary>
internal static class SecurityNameGroups
{
    public static List<List<NameValueFacts>> Of(IEnumerable<NameValueFacts> items)
    {
        var groups = new List<List<NameValueFacts>>();
        var byName = new Dictionary<string, List<NameValueFacts>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!item.Name.IsKnown)
            {
                continue;
            }
            if (!byName.TryGetValue(item.Name.Value, out var group))
            {
                group = new List<NameValueFacts>();
                byName[item.Name.Value] = group;
                groups.Add(group);
            }
            group.Add(item);
        }
        return groups;
    }
}
