namespace EcsKit;

/// <summary>Applies a caller's <c>with</c>-expression to a builder's value, keeping what identifies the value fixed.</summary>
internal static class Change
{
    /// <param name="current">The value being built.</param>
    /// <param name="change">The caller's change.</param>
    /// <param name="owner">The value named for messages, such as <c>Container 'web'</c>.</param>
    /// <param name="identity">What must stay the same (a name, or a name and a cluster).</param>
    /// <param name="instead">What to do instead of changing the identity, for the message.</param>
    public static T Apply<T>(T current, Func<T, T> change, string owner, Func<T, object?> identity, string instead) where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        var changed = change(current) ?? throw new InvalidOperationException($"{owner}: the change returned null.");
        if (!Equals(identity(changed), identity(current)))
        {
            throw new InvalidOperationException($"{owner}: a change cannot {instead}.");
        }
        return changed;
    }
}
