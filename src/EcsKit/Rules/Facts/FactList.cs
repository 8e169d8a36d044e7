using System.Collections;
using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>
/// A list of a definition as the rules see it: its items (each of which may hold unknown values), and whether
/// these are all of them. In source code a list can be partly known (items added from a loop or a variable).
/// </summary>
internal sealed class FactList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;

    public FactList(IEnumerable<T>? items = null, bool isComplete = true)
    {
        _items = items is null ? new List<T>() : new List<T>(items);
        IsComplete = isComplete;
    }

    /// <summary>False when the definition may hold more items than these.</summary>
    public bool IsComplete { get; set; }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public void Add(T item) => _items.Add(item);

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
