namespace EcsKit.Rules;

/// <summary>String tests that netstandard2.0 lacks (no <c>Contains(char)</c>, no <c>Contains(string, StringComparison)</c>).</summary>
internal static class ProcessText
{
    public static bool HasChar(string text, char c)
    {
        foreach (var x in text)
        {
            if (x == c)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="part"/>, ignoring case (ordinal).</summary>
    public static bool HasText(string text, string part) =>
        System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part, System.Globalization.CompareOptions.OrdinalIgnoreCase) >= 0;
}
