using System.Collections.Generic;

namespace EcsKit.Rules;

/// <summary>Whether a value is known: absent from the definition, given as a known value, or given but unknown.</summary>
/// <remarks>
/// The analyzers see source code, where a value that is not a compile-time constant is unknown. A rule must never
/// guess an unknown value: it only reports what known values prove.
/// </remarks>
internal enum FactState : byte
{
    Absent,
    Known,
    Unknown,
}

/// <summary>One value of a definition as the rules see it.</summary>
internal readonly struct Fact<T>
{
    private Fact(FactState state, T value)
    {
        State = state;
        Value = value;
    }

    public FactState State { get; }

    /// <summary>The value when <see cref="IsKnown"/>; the default otherwise.</summary>
    public T Value { get; }

    public bool IsKnown => State == FactState.Known;

    public bool IsAbsent => State == FactState.Absent;

    public bool IsUnknown => State == FactState.Unknown;

    public static Fact<T> Absent => default;

    public static Fact<T> Unknown => new(FactState.Unknown, default!);

    public static Fact<T> Of(T value) => value is null ? Absent : new Fact<T>(FactState.Known, value);

    /// <summary>A known value (null is absent), so tests and mappings can write plain values.</summary>
    public static implicit operator Fact<T>(T value) => Of(value);

    /// <summary>The value when known, else <paramref name="fallback"/> (use only where the fallback is ECS's own default).</summary>
    public T Or(T fallback) => IsKnown ? Value : fallback;

    /// <summary>True only when the value is known and equals <paramref name="other"/>.</summary>
    public bool Is(T other) => IsKnown && EqualityComparer<T>.Default.Equals(Value, other);

    public override string ToString() => State switch
    {
        FactState.Known => Value?.ToString() ?? "",
        FactState.Unknown => "<unknown>",
        _ => "<absent>",
    };
}

/// <summary>Factory methods for <see cref="Fact{T}"/> from nullable model values.</summary>
internal static class Fact
{
    public static Fact<int> From(int? value) => value.HasValue ? Fact<int>.Of(value.Value) : Fact<int>.Absent;

    public static Fact<bool> From(bool? value) => value.HasValue ? Fact<bool>.Of(value.Value) : Fact<bool>.Absent;

    public static Fact<string> From(string? value) => value is null ? Fact<string>.Absent : Fact<string>.Of(value);
}
