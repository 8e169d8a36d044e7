using System;

namespace EcsKit.Rules;

/// <summary>The name formats ECS takes for families, containers, services, clusters and port mappings.</summary>
internal static class EcsNames
{
    public const int MaxNameLength = 255;
    public const int MaxPortNameLength = 64;

    /// <summary>A family, container, service or cluster name: 1 to 255 ASCII letters, digits, hyphens and underscores.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Why a port-mapping name is not valid (at most 64 lowercase letters, digits, hyphens and underscores, not
    /// starting with a hyphen), or null when it is.
    /// </summary>
    public static string? PortNameProblem(string name)
    {
        if (name.Length > MaxPortNameLength)
        {
            return "is longer than 64 characters";
        }
        foreach (var c in name)
        {
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '_')
            {
                return "has characters other than lowercase letters, digits, hyphens and underscores";
            }
        }
        return name.Length > 0 && name[0] == '-' ? "starts with a hyphen" : null;
    }

    /// <summary>
    /// The cluster name in a cluster reference: the name itself, or the part after <c>cluster/</c> of an ARN;
    /// null for an ARN of another shape.
    /// </summary>
    public static string? ClusterName(string reference)
    {
        if (!reference.StartsWith("arn:", StringComparison.Ordinal))
        {
            return reference;
        }
        const string marker = ":cluster/";
        var at = reference.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : reference.Substring(at + marker.Length);
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
