using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>How the resources and structure rules name things in their messages.</summary>
internal static class RuleText
{
    /// <summary>A container as <c>'web'</c>, or by its path when its name is not known.</summary>
    public static string Container(ContainerFacts container) => Quoted(container.Name, container.Path);

    /// <summary><c>'value'</c> when known, else <paramref name="fallback"/>.</summary>
    public static string Quoted(Fact<string> value, string fallback) => value.IsKnown ? "'" + value.Value + "'" : fallback;

    /// <summary>A number in invariant form.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Items as prose: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length <= 1
            ? string.Concat(all)
            : string.Join(", ", all, 0, all.Length - 1) + " and " + all[all.Length - 1];
    }
}
