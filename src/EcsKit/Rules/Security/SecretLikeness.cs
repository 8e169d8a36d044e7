using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsKit.Rules;

/// <summary>Heuristics that tell whether an environment variable holds a secret in plain text. They read values but never return them.</summary>
internal static class SecretLikeness
{
    /// <summary>Words that, anywhere in a name (separators and case ignored), say it holds a secret.</summary>
    private static readonly string[] SecretWords =
    {
        "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY", "ACCESSKEY", "AUTHKEY",
        "SIGNINGKEY", "ENCRYPTIONKEY", "MASTERKEY",
    };

    /// <summary>A name ending in one of these words names something about a secret (its file, its ARN, its lifetime), not the secret.</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "FILE", "PATH", "ARN", "DIR", "DIRECTORY", "NAME", "ID", "URL", "URI", "ENDPOINT", "HOST", "PORT", "TTL", "EXPIRY",
        "EXPIRATION", "EXPIRES", "EXPIRE", "TIMEOUT", "LENGTH", "HEADER", "ENABLED", "ENABLE", "DISABLED", "REQUIRED", "TYPE",
        "ALGORITHM", "POLICY", "SIZE", "COUNT", "DAYS", "SECONDS", "HOURS", "MINUTES", "LOCATION", "REF", "REGION", "VERSION",
        "FORMAT", "MODE", "PREFIX", "FIELD", "PARAM", "PARAMETER", "AUDIENCE", "ISSUER", "SCOPE", "SCOPES", "LIFETIME", "STORE",
        "PROVIDER", "BACKEND", "SOURCE", "KIND", "STRATEGY",
    };

    /// <summary>Names that contain a secret word but are well-known non-secrets.</summary>
    private static readonly HashSet<string> KnownNonSecrets = new(StringComparer.Ordinal) { "PWD", "OLDPWD" };

    /// <summary>Values that stand for a value to fill in later.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "none", "nil", "changeme", "change-me", "change_me", "replaceme",
        "replace-me", "replace_me", "todo", "tbd", "dummy", "placeholder", "redacted", "example",
    };

    /// <summary>Whether the name of a variable says it holds a secret.</summary>
    public static bool NameLooksSecret(string name)
    {
        var tokens = Tokens(name);
        if (tokens.Count == 0 || KnownNonSecrets.Contains(string.Concat(tokens)) || Qualifiers.Contains(tokens[tokens.Count - 1]))
        {
            return false;
        }
        // TOKENIZERS_PARALLELISM and the like name a text tokenizer, not a token.
        var joined = string.Concat(tokens).Replace("TOKENIZ", "");
        return SecretWords.Any(word => joined.Contains(word)) || tokens.Contains("PWD");
    }

    /// <summary>Whether a literal value is a real value rather than a reference, a path, a flag or a placeholder.</summary>
    public static bool IsLiteralSecretValue(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || Placeholders.Contains(text) || text.All(char.IsDigit) || text.All(c => c == '*' || c == 'x' || c == 'X'))
        {
            return false;
        }
        if (text.StartsWith("arn:", StringComparison.OrdinalIgnoreCase)
            || text[0] == '/'
            || text.StartsWith("./", StringComparison.Ordinal)
            || text.StartsWith("~/", StringComparison.Ordinal)
            || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("ssm:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("secretsmanager:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // ${VAR}, $(command), {{ template }}, <your-password>: filled in elsewhere.
        return !(text.Contains("${")
            || text.Contains("$(")
            || text.Contains("{{")
            || (text[0] == '<' && text[text.Length - 1] == '>'));
    }

    /// <summary>What kind of credential the value itself shows, whatever the name: an AWS access key id or a private key; null when neither.</summary>
    public static string? CredentialInValue(string value)
    {
        if (value.Contains("-----BEGIN") && value.Contains("PRIVATE KEY-----"))
        {
            return "a private key";
        }
        return HasAccessKeyId(value) ? "an AWS access key id" : null;
    }

    /// <summary>AKIA or ASIA and 16 upper-case letters or digits, standing alone; AWS's documented example key (…EXAMPLE) is not one.</summary>
    private static bool HasAccessKeyId(string value)
    {
        const int Length = 20;
        for (var i = 0; i + Length <= value.Length; i++)
        {
            if (string.CompareOrdinal(value, i, "AKIA", 0, 4) != 0 && string.CompareOrdinal(value, i, "ASIA", 0, 4) != 0)
            {
                continue;
            }
            if (i > 0 && char.IsLetterOrDigit(value[i - 1]))
            {
                continue;
            }
            if (i + Length < value.Length && char.IsLetterOrDigit(value[i + Length]))
            {
                continue;
            }
            var ok = true;
            for (var k = i + 4; k < i + Length; k++)
            {
                var c = value[k];
                ok &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            if (ok && string.CompareOrdinal(value, i + Length - 7, "EXAMPLE", 0, 7) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of a name, upper-cased: split at separators and at lower-to-upper case changes (dbPassword: DB, PASSWORD).</summary>
    private static List<string> Tokens(string name)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }
            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                Flush();
            }
            current.Append(char.ToUpperInvariant(c));
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
