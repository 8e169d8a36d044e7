using EcsKit.Rules;

namespace EcsKit.Aws;

/// <summary>When a value must not appear in a plan: its name says it is a secret, or the value itself carries a credential.</summary>
internal static class SensitiveText
{
    public const string Mask = "***";

    // Broader than the plaintext-secret rule (ECS0082), which must avoid false alarms: here a false hit only hides a value.
    private static readonly string[] Words =
    [
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "PRIVATE", "AUTH", "SIGNATURE",
        "SALT", "COOKIE", "SESSION", "DSN", "CONNECTIONSTRING", "CONNSTR",
    ];

    /// <summary>Whether a name (of an environment variable, a label) looks like it holds a secret, case and separators ignored.</summary>
    public static bool NameLooksSecret(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Words.Any(w => letters.Contains(w, StringComparison.Ordinal)) || SecretLikeness.NameLooksSecret(name);
    }

    /// <summary>Whether a value shows a credential whatever its name: an AWS access key id, a private key, or a URL with a password.</summary>
    public static bool ValueHoldsCredential(string value) =>
        SecretLikeness.CredentialInValue(value) is not null || HasUrlPassword(value);

    // scheme://user:password@host
    private static bool HasUrlPassword(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }
        var rest = value[(scheme + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#', ' ']);
        var authority = end < 0 ? rest : rest[..end];
        var at = authority.LastIndexOf('@');
        return at > 0 && authority[..at].Contains(':', StringComparison.Ordinal);
    }
}
