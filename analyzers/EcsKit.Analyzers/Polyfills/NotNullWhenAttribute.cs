namespace System.Diagnostics.CodeAnalysis;

/// <summary>netstandard2.0 lacks the nullable flow attributes; the compiler recognises this one by name.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}
