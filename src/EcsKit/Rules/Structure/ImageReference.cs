using System;

namespace EcsKit.Rules;

/// <summary>
/// An image reference split the way Docker reads it: <c>[registry[:port]/]repository[:tag][@digest]</c>. The tag is
/// after a colon in the last path segment only, so <c>myreg:5000/app</c> has a registry port and no tag.
/// </summary>
internal sealed class ImageReference
{
    public const int MaxNameLength = 255;
    private const string Sha256Prefix = "sha256:";
    private const int Sha256HexLength = 64;

    private ImageReference(string text)
    {
        Text = text;
        var at = text.IndexOf('@');
        Name = at < 0 ? text : text.Substring(0, at);
        Digest = at < 0 ? null : text.Substring(at + 1);
        var lastSlash = Name.LastIndexOf('/');
        var colon = Name.IndexOf(':', lastSlash + 1);
        Tag = colon < 0 ? null : Name.Substring(colon + 1);
    }

    /// <summary>The reference as written.</summary>
    public string Text { get; }

    /// <summary>Everything before <c>@</c>: registry, repository and tag.</summary>
    public string Name { get; }

    /// <summary>The tag, or null when there is none (Docker then pulls <c>latest</c>).</summary>
    public string? Tag { get; }

    /// <summary>The digest after <c>@</c>, or null when the image is not pinned by digest.</summary>
    public string? Digest { get; }

    public bool IsEmpty => Text.Trim().Length == 0;

    /// <summary>
    /// True when the reference holds a placeholder filled in later (<c>${IMAGE}</c>, <c>{{ image }}</c>,
    /// <c>&lt;repository_uri&gt;</c>), so its real tag and digest are not known.
    /// </summary>
    public bool IsTemplate => Text.Contains("${") || Text.Contains("{{") || Text.Contains("<");

    /// <summary>True when the digest is <c>sha256:</c> followed by 64 hexadecimal characters, the only kind ECS takes.</summary>
    public bool HasValidDigest
    {
        get
        {
            if (Digest is null || Digest.Length != Sha256Prefix.Length + Sha256HexLength || !Digest.StartsWith(Sha256Prefix, StringComparison.Ordinal))
            {
                return false;
            }
            for (var i = Sha256Prefix.Length; i < Digest.Length; i++)
            {
                var c = Digest[i];
                if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F'))
                {
                    return false;
                }
            }
            return true;
        }
    }

    public static ImageReference Parse(string text) => new(text);
}
